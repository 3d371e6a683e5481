namespace Platform.Data.Entities;

/// <summary>
/// A confidential client's callback for case events. It belongs to the client that registered it
/// (<see cref="ClientId"/>), and only that client reads or changes it; it hears of the changes the
/// client's unit (<see cref="UnitPath"/>) can see, read through that unit's tenant filter.
/// </summary>
public sealed class Webhook
{
    public int Id { get; set; }

    /// <summary>The owning client's id (the token's <c>sub</c>).</summary>
    public string ClientId { get; set; } = "";

    /// <summary>The path of the unit the client acts for; deliveries read with this scope.</summary>
    public string UnitPath { get; set; } = "";

    public string Url { get; set; } = "";

    /// <summary>The case event kinds it listens for, in <c>CONSTANT_CASE</c>, separated by commas.</summary>
    public string Kinds { get; set; } = "";

    /// <summary>The signing secret; protected at rest and never read back through the API.</summary>
    public string Secret { get; set; } = "";

    public bool Enabled { get; set; } = true;

    /// <summary>Deliveries that failed in a row; reset by a success or by re-enabling.</summary>
    public int ConsecutiveFailures { get; set; }

    /// <summary>The last outbox position before registration: only later changes are delivered.</summary>
    public long StartPosition { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime? DisabledAt { get; set; }
}
