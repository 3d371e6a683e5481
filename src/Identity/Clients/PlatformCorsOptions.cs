namespace Platform.Identity.Clients;

/// <summary>Options of section <c>Cors</c>.</summary>
public sealed class PlatformCorsOptions
{
    public const string Section = "Cors";

    /// <summary>Origins allowed besides those registered by public clients, e.g. <c>https://app.example.gov.cn</c>.</summary>
    public List<string> AllowedOrigins { get; set; } = [];

    /// <summary>How long the origins read from the client registrations are kept before they are read again.</summary>
    public TimeSpan ClientOriginsCacheDuration { get; set; } = TimeSpan.FromMinutes(1);
}
