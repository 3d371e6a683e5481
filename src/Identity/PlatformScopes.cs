namespace Platform.Identity;

/// <summary>API scopes (DESIGN §7).</summary>
public static class PlatformScopes
{
    public const string Read = "platform.read";
    public const string Write = "platform.write";
    public const string PiiRead = "pii.read";
    public const string SuggestionsSubmit = "suggestions.submit";

    public static readonly IReadOnlyList<string> All = [Read, Write, PiiRead, SuggestionsSubmit];
}
