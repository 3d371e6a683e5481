namespace Platform.Workflow.Attachments;

/// <summary>An uploaded file as the transport received it: the client's file name, its length and a way to read it.</summary>
public sealed record AttachmentFile(string FileName, long Length, Func<Stream> Open);
