using Platform.Data.Entities;
using Platform.Workflow.Common;

namespace Platform.Workflow.Attachments;

/// <summary>The checks of an upload that need no database: one subject, a name, the size limit and an accepted kind.</summary>
public static class AttachmentRules
{
    /// <summary>The cleaned file name, the content and its sniffed media type; every failed check at once as VALIDATION errors.</summary>
    public static async Task<(string FileName, byte[] Content, string MediaType)> ValidateAsync(
        AddAttachmentInput input, long maxFileSize, CancellationToken cancellationToken)
    {
        var validator = new InputValidator();
        var subjects = new[] { input.CaseId, input.SessionId, input.SuggestionId, input.MeetingId }.Count(id => id is not null);
        if (subjects != 1)
        {
            validator.Add("caseId", "Name exactly one of caseId, sessionId, suggestionId and meetingId.");
        }

        var file = input.File ?? throw new InvalidInputException("file", "'file' is required.");
        var fileName = validator.Text("file", FileName(file.FileName), Attachment.FileNameLength);
        if (file.Length > maxFileSize)
        {
            validator.Add("file", $"The file is larger than {maxFileSize} bytes.");
        }
        else if (file.Length == 0)
        {
            validator.Add("file", "The file is empty.");
        }

        validator.ThrowIfInvalid();
        var content = await ReadAsync(file, maxFileSize, cancellationToken);
        var mediaType = FileSniffer.Sniff(content);
        if (mediaType is null)
        {
            validator.Add("file", $"The file's content is not an accepted kind: {FileSniffer.AcceptedNames}.");
        }

        validator.ThrowIfInvalid();
        return (fileName, content, mediaType!);
    }

    /// <summary>The last segment of the name a client sent (some send a whole path), without control characters.</summary>
    public static string FileName(string? name)
    {
        var last = (name ?? "").Replace('\\', '/').Split('/').Last();
        return new string(last.Where(ch => !char.IsControl(ch)).ToArray()).Trim();
    }

    private static async Task<byte[]> ReadAsync(AttachmentFile file, long maxFileSize, CancellationToken cancellationToken)
    {
        await using var stream = file.Open();
        using var buffer = new MemoryStream((int)Math.Min(file.Length, maxFileSize));
        await stream.CopyToAsync(buffer, cancellationToken);
        return buffer.Length <= maxFileSize
            ? buffer.ToArray()
            : throw new InvalidInputException("file", $"The file is larger than {maxFileSize} bytes.");
    }
}
