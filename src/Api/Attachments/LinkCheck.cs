namespace Platform.Api.Attachments;

/// <summary>What a download link's check found: the attachment's key for a good link, else why it was refused.</summary>
public sealed record LinkCheck(int? AttachmentId, bool IsExpired)
{
    public static readonly LinkCheck Invalid = new(null, false);

    public static readonly LinkCheck Expired = new(null, true);

    public static LinkCheck Valid(int attachmentId) => new(attachmentId, false);
}
