namespace Platform.Api.Open311;

/// <summary><c>/open311/discovery.json</c> (Open311 Service Discovery): where the GeoReport v2 endpoint is and what it speaks.</summary>
public sealed record Open311Discovery(string Changeset, string Contact, string KeyService, IReadOnlyList<Open311DiscoveryEndpoint> Endpoints);

/// <summary>One endpoint of the discovery document.</summary>
public sealed record Open311DiscoveryEndpoint(string Specification, string Url, string Changeset, string Type, IReadOnlyList<string> Formats);
