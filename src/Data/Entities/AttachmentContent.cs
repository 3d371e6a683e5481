namespace Platform.Data.Entities;

/// <summary>
/// The served copy of an attachment: its bytes with the type and name it is served under. It has
/// no tenant filter: it is read by key alone, by the download endpoint, once a link signed after a
/// visibility check has been verified; every other read goes through <see cref="Attachment"/>.
/// </summary>
public sealed class AttachmentContent
{
    public int AttachmentId { get; set; }
    public string MediaType { get; set; } = "";
    public string FileName { get; set; } = "";
    public byte[] Bytes { get; set; } = [];
}
