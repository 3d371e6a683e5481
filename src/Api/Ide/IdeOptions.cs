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

    /// <summary>The public client the IDE signs people in with (code flow with PKCE, no secret).</summary>
    public string ClientId { get; set; } = "platform-ide";

    /// <summary>
    /// The IDE's own addresses as browsers open them (<c>https://platform.example.gov.cn/graphql</c>):
    /// when set and the IDE is on, the client <see cref="ClientId"/> is registered at start-up with
    /// exactly these redirect (and sign-out) URIs. Unset: no client is registered from configuration
    /// (demo seeding registers one for <c>http://localhost:5080/graphql</c>), and without a client
    /// the page offers the pasted token only.
    /// </summary>
    public List<string> RedirectUris { get; set; } = [];
}
