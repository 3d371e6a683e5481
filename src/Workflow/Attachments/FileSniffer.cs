using System.IO.Compression;

namespace Platform.Workflow.Attachments;

/// <summary>
/// The media type of a file read from its content, never from the name or the type the client
/// claims. Accepted: PDF, PNG, JPEG, and the Office Open XML documents (Word, Excel, PowerPoint),
/// which are ZIP archives told apart by their main part. Any other content (a program, a script, a
/// plain ZIP that could carry one, the legacy binary Office formats with their macros) is refused.
/// </summary>
public static class FileSniffer
{
    public const string Pdf = "application/pdf";
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Pptx = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    /// <summary>The accepted kinds as the error message names them.</summary>
    public const string AcceptedNames = "PDF, PNG, JPEG, Word (.docx), Excel (.xlsx) or PowerPoint (.pptx)";

    private static readonly (byte[] Magic, string MediaType)[] Signatures =
    [
        ("%PDF-"u8.ToArray(), Pdf),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], Png),
        ([0xFF, 0xD8, 0xFF], Jpeg),
    ];

    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];

    // The part every package of the kind holds (ECMA-376 part 2, the default part names).
    private static readonly (string Part, string MediaType)[] OfficeParts =
    [
        ("word/document.xml", Docx),
        ("xl/workbook.xml", Xlsx),
        ("ppt/presentation.xml", Pptx),
    ];

    /// <summary>The media type of <paramref name="content"/>, or null when it is none of the accepted kinds.</summary>
    public static string? Sniff(byte[] content)
    {
        foreach (var (magic, mediaType) in Signatures)
        {
            if (content.AsSpan().StartsWith(magic))
            {
                return mediaType;
            }
        }

        return content.AsSpan().StartsWith(ZipMagic) ? OfficeType(content) : null;
    }

    private static string? OfficeType(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (zip.GetEntry("[Content_Types].xml") is null)
            {
                return null;
            }

            return OfficeParts.FirstOrDefault(p => zip.GetEntry(p.Part) is not null).MediaType;
        }
        catch (InvalidDataException)
        {
            // Starts like a ZIP but is not one.
            return null;
        }
    }
}
