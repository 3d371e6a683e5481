namespace Platform.Workflow.Common;

/// <summary>How input text is stored: trimmed, and an optional text that is blank as null.</summary>
public static class Text
{
    public static string? OrNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
