namespace Platform.Api.Residents;

/// <summary>Configuration section <c>Residents</c>.</summary>
public sealed class ResidentsOptions
{
    public const string Section = "Residents";

    /// <summary>The residents' portal page a unit's QR code opens; the code adds <c>?unit=&lt;unit id&gt;</c>.</summary>
    public Uri PortalUrl { get; set; } = new("http://localhost:5173/petition");
}
