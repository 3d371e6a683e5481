namespace Platform.Workflow.Attachments;

/// <summary>A file for exactly one subject: a case, a mediation session, a suggestion or a meeting.</summary>
public sealed record AddAttachmentInput
{
    public int? CaseId { get; init; }
    public int? SessionId { get; init; }
    public int? SuggestionId { get; init; }
    public int? MeetingId { get; init; }
    public AttachmentFile? File { get; init; }

    /// <summary>The file shows personal data: only readers who may see the subject's personal data get its name and link.</summary>
    public bool ContainsPersonalData { get; init; }
}
