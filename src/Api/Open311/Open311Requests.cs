using Platform.Api.Operations.RateLimits;
using Platform.Workflow.Residents;

namespace Platform.Api.Open311;

/// <summary>
/// The service requests: listing and reading through <see cref="PublicRequests"/>, posting through
/// the residents' desk (<see cref="PetitionDesk"/>, channel ONLINE) under the residents' limits.
/// Each call needs the <c>api_key</c> of a client with <c>petitions.submit</c>.
/// </summary>
public static class Open311Requests
{
    public static async Task<IResult> ListAsync(HttpContext http, string format, Open311Options options)
    {
        var query = http.Request.Query;
        var actor = await Open311Caller.AuthenticateAsync(http, query[Open311Parameters.ApiKey]);
        var filter = Open311Query.Filter(query, options, http.RequestServices.GetRequiredService<Data.IClock>().UtcNow);
        var requests = await http.RequestServices.GetRequiredService<PublicRequests>().ListAsync(actor, filter, http.RequestAborted);
        return Open311Response.Write(format, requests.Select(Open311Request.From).ToList(), "service_requests");
    }

    public static async Task<IResult> FindAsync(HttpContext http, string format, string id)
    {
        var actor = await Open311Caller.AuthenticateAsync(http, http.Request.Query[Open311Parameters.ApiKey]);
        // The case filter applies: the actor's tenant-bound context, narrowed to residents' channels (Open311AccessTests).
        var request = await http.RequestServices.GetRequiredService<PublicRequests>().FindAsync(actor, id, http.RequestAborted);
        return Open311Response.Write(format, new[] { Open311Request.From(request) }, "service_requests");
    }

    /// <summary>A form-encoded request (as the spec gives it) becomes a petition in the named unit's queue.</summary>
    public static async Task<IResult> PostAsync(HttpContext http, string format)
    {
        if (!http.Request.HasFormContentType)
        {
            throw new Open311Exception(StatusCodes.Status400BadRequest, "The request must be form-encoded (application/x-www-form-urlencoded).");
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var key = form[Open311Parameters.ApiKey].ToString() is { Length: > 0 } inForm ? inForm : http.Request.Query[Open311Parameters.ApiKey].ToString();
        var actor = await Open311Caller.AuthenticateAsync(http, key);
        ResidentAccess.RequirePortal(actor);

        var unitId = await Open311Query.JurisdictionAsync(http, actor, form[Open311Parameters.JurisdictionId]);
        var input = Open311Query.Petition(form, unitId);
        var device = form[Open311Parameters.DeviceId].ToString() is { Length: > 0 } d ? d : http.Request.Headers[ResidentThrottle.DeviceHeader].ToString();
        if (!http.RequestServices.GetRequiredService<ResidentThrottle>().AllowSubmission(actor.Subject, device))
        {
            throw new Open311Exception(StatusCodes.Status429TooManyRequests, "Too many requests from this device; try again later.");
        }

        var receipt = await http.RequestServices.GetRequiredService<PetitionDesk>().SubmitAsync(actor, input, http.RequestAborted);
        var notice = $"{receipt.UnitName}已登记，编号 {receipt.CaseNumber}；请保存回执码，凭它查询进度、评价办理结果。";
        return Open311Response.Write(format, new[] { new Open311PostedRequest(receipt.CaseNumber, notice, null, receipt.Receipt) }, "service_requests");
    }
}
