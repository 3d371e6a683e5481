namespace Platform.Api.Open311;

/// <summary>
/// The answer to <c>POST requests.json</c>: the case number at once (no token is needed), a
/// notice naming the unit, and, beyond the spec, the residents' receipt code, shown only here, with
/// which the resident follows the case and rates its resolution (README, Residents).
/// </summary>
public sealed record Open311PostedRequest(string ServiceRequestId, string ServiceNotice, string? AccountId, string Receipt);
