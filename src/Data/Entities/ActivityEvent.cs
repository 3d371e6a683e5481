namespace Platform.Data.Entities;

/// <summary>
/// An immutable entry in the history of a mediation session, workroom, campaign or suggestion
/// (cases have their own timeline, <see cref="CaseEvent"/>). Exactly the subject's id is set
/// (a suggestion's entry also names its campaign); it is visible with its subject.
/// </summary>
public sealed class ActivityEvent : ITenantOwned
{
    public int Id { get; set; }

    /// <summary>The subject's owner path.</summary>
    public string OwnerPath { get; set; } = "";
    public int? SessionId { get; set; }
    public int? WorkroomId { get; set; }
    public int? CampaignId { get; set; }
    public int? SuggestionId { get; set; }

    /// <summary>What happened, e.g. <c>MEDIATION_SCHEDULED</c>, <c>ELDER_ADDED</c>, <c>CAMPAIGN_OPENED</c>.</summary>
    public string Kind { get; set; } = "";
    public DateTime OccurredAt { get; set; }
    public string ActorId { get; set; } = "";
    public string ActorName { get; set; } = "";
    public int ActorUnitId { get; set; }
    public string? Note { get; set; }

    /// <summary>Kind-specific details as a JSON object.</summary>
    public string? Data { get; set; }
}
