namespace Platform.Api.Open311;

/// <summary><c>services/{service_code}.json</c>: the attributes a request of the service may carry.</summary>
public sealed record Open311ServiceDefinition(string ServiceCode, IReadOnlyList<Open311Attribute> Attributes);

/// <summary>One attribute, sent as <c>attribute[code]=value</c> with the request.</summary>
public sealed record Open311Attribute(
    bool Variable, string Code, string Datatype, bool Required, string? DatatypeDescription, int Order, string Description);
