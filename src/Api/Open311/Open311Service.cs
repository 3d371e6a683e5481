namespace Platform.Api.Open311;

/// <summary>One entry of <c>services.json</c>: a case category as a service (GeoReport v2 "GET Service List").</summary>
public sealed record Open311Service(
    string ServiceCode, string ServiceName, string Description, bool Metadata, string Type, string Keywords, string Group);
