namespace Platform.Workflow.Attachments;

/// <summary>Configuration section <c>Attachments</c>: the bounds of evidence files.</summary>
public sealed class AttachmentOptions
{
    public const string Section = "Attachments";

    /// <summary><c>Attachments:MaxFileSize</c>: the largest file accepted, in bytes (10 MiB).</summary>
    public long MaxFileSize { get; set; } = 10 * 1024 * 1024;

    /// <summary><c>Attachments:LinkLifetime</c>: how long a download link works after it was issued.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromMinutes(5);
}
