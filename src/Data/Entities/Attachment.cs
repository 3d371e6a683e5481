namespace Platform.Data.Entities;

/// <summary>
/// An evidence file (an agreement, an appraisal report, a photo) on a case, a mediation session, a
/// suggestion or a meeting: exactly one subject id is set, and the row is visible with its subject.
/// The bytes are in <see cref="AttachmentContent"/>.
/// </summary>
public sealed class Attachment : ITenantOwned
{
    /// <summary>File names are kept to this many characters.</summary>
    public const int FileNameLength = 255;

    public int Id { get; set; }

    /// <summary>The subject's owner path, copied when the file was added.</summary>
    public string OwnerPath { get; set; } = "";
    public int? CaseId { get; set; }
    public int? SessionId { get; set; }
    public int? SuggestionId { get; set; }
    public int? MeetingId { get; set; }

    /// <summary>The name the file was uploaded under, without any folder.</summary>
    public string FileName { get; set; } = "";

    /// <summary>The media type read from the content's first bytes, never the client's claim.</summary>
    public string MediaType { get; set; } = "";
    public long Size { get; set; }

    /// <summary>SHA-256 of the content, lowercase hex.</summary>
    public string Sha256 { get; set; } = "";

    /// <summary>The file shows personal data (an ID card, a signed agreement): DESIGN §4 rule 7 applies to it.</summary>
    public bool ContainsPersonalData { get; set; }
    public string UploadedById { get; set; } = "";
    public string UploadedByName { get; set; } = "";
    public int? UploadedByUnitId { get; set; }
    public DateTime UploadedAt { get; set; }
}
