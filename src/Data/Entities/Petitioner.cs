namespace Platform.Data.Entities;

/// <summary>
/// A person behind a case. Name, phone, ID number and address are PII; the phone and ID number
/// are stored encrypted, with keyed hashes beside them for matching (repeat petitions).
/// </summary>
public sealed class Petitioner : ICaseRecord
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public Case? Case { get; set; }

    /// <summary>The owning case's <see cref="Case.OwnerPath"/>.</summary>
    public string OwnerPath { get; set; } = "";
    public int Ordinal { get; set; }
    public string Name { get; set; } = "";
    public string? Phone { get; set; }
    public string? IdNumber { get; set; }
    public string? Address { get; set; }

    /// <summary>The keyed hash of <see cref="IdNumber"/>, kept by the store on every save.</summary>
    public string? IdNumberHash { get; set; }

    /// <summary>The keyed hash of <see cref="Phone"/>, kept by the store on every save.</summary>
    public string? PhoneHash { get; set; }
}
