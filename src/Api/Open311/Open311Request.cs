using Platform.Workflow.Residents;

namespace Platform.Api.Open311;

/// <summary>
/// One entry of <c>requests.json</c> (GeoReport v2 "GET Service Requests"): public fields only,
/// from <see cref="PublicRequest"/>. The petition's text, place and petitioners are never listed,
/// so description, address and position stay empty; <c>status_notes</c> carries the public answer
/// to the client that submitted the case.
/// </summary>
public sealed record Open311Request(
    string ServiceRequestId,
    string Status,
    string? StatusNotes,
    string ServiceName,
    string ServiceCode,
    string? Description,
    string AgencyResponsible,
    string? ServiceNotice,
    string RequestedDatetime,
    string UpdatedDatetime,
    string? ExpectedDatetime,
    string? Address,
    double? Lat,
    double? Long,
    string? MediaUrl)
{
    public const string Open = "open";
    public const string Closed = "closed";

    public static Open311Request From(PublicRequest request) => new(
        request.CaseNumber,
        PublicRequests.OpenStatuses.Contains(request.Status) ? Open : Closed,
        request.Answer,
        Open311Services.Name(request.Category),
        Open311Services.Code(request.Category),
        Description: null,
        request.HandlingUnitName,
        ServiceNotice: null,
        Open311Response.Time(request.RegisteredAt),
        Open311Response.Time(request.UpdatedAt),
        request.DueAt is { } due && PublicRequests.OpenStatuses.Contains(request.Status) ? Open311Response.Time(due) : null,
        Address: null,
        Lat: null,
        Long: null,
        MediaUrl: null);

    /// <summary><c>open</c> or <c>closed</c> as a filter; null for neither.</summary>
    public static bool? IsOpen(string status) => status switch { Open => true, Closed => false, _ => null };
}
