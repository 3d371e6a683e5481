namespace Platform.Api.Ide;

/// <summary>The IDE at <c>GET /graphql</c> for browsers, bound from the <c>Ide</c> configuration section.</summary>
public sealed class IdeOptions
{
    public const string SectionName = "Ide";

    /// <summary>
    /// Serve GraphiQL to browsers. Unset: on in <c>Development</c> only. Turning it on elsewhere
    /// exposes nothing new (the page is static and calls the API with the caller's own token), but
    /// a production API usually has no human visitors, so it stays off unless asked for.
    /// </summary>
    public bool? Enabled { get; set; }
}
