using Microsoft.Extensions.Options;
using Platform.Workflow.Common;

namespace Platform.Api.Open311;

/// <summary>
/// Open311 GeoReport v2 under <c>/open311/v2/</c> for civic apps, discovery at
/// <c>/open311/discovery.json</c> (and <c>/open311/v2/discovery.json</c>). Every answer under <c>/open311</c>, errors included, is in the
/// spec's JSON or XML (by the path's extension); the rest of the application keeps its own error format.
/// </summary>
public static class Open311Endpoints
{
    public const string Root = "/open311";
    public const string V2 = Root + "/v2";
    private const string Format = "format";

    public static IServiceCollection AddPlatformOpen311(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<Open311Options>(configuration.GetSection(Open311Options.Section));
        services.AddSingleton<Open311Caller>();
        return services;
    }

    public static IEndpointRouteBuilder MapPlatformOpen311(this IEndpointRouteBuilder endpoints)
    {
        var root = endpoints.MapGroup(Root).AddEndpointFilter(AnswerErrorsAsync).ExcludeFromDescription();
        var v2 = root.MapGroup("v2");

        // Discovery beside the endpoint too, where client libraries such as Python's three look for it.
        foreach (var group in new[] { root, v2 })
        {
            group.MapGet("discovery.{format}", (string format, HttpContext http, IOptions<Open311Options> options) =>
                Open311Response.Write(Open311Response.Require(format), Discovery(http, options.Value), "discovery"));
        }

        v2.MapGet("services.{format}", (string format) =>
            Open311Response.Write(Open311Response.Require(format), Open311Services.All, "services"));
        // Services are the fixed list of case categories, the same for every caller; no record is read.
        v2.MapGet("services/{code}.{format}", (string code, string format) =>
            Open311Response.Write(Open311Response.Require(format), Open311Services.Definition(
                Open311Services.Find(code) ?? throw Open311Exception.NotFound($"The service '{code}'")), "service_definition"));
        v2.MapGet("requests.{format}", (string format, HttpContext http, IOptions<Open311Options> options) =>
            Open311Requests.ListAsync(http, Open311Response.Require(format), options.Value));
        // Read on the key's tenant-bound context (PublicRequests.FindAsync; Open311AccessTests: another district's key reads nothing).
        v2.MapGet("requests/{id}.{format}", (string id, string format, HttpContext http) =>
            Open311Requests.FindAsync(http, Open311Response.Require(format), id));
        v2.MapPost("requests.{format}", (string format, HttpContext http) =>
            Open311Requests.PostAsync(http, Open311Response.Require(format)));

        // Anything else under /open311 (another path, another method) answers in the spec's format too.
        root.Map("{**rest}", IResult (HttpContext http) =>
            throw new Open311Exception(StatusCodes.Status404NotFound, $"No Open311 resource answers {http.Request.Method} {http.Request.Path}."));
        return endpoints;
    }

    private static Open311Discovery Discovery(HttpContext http, Open311Options options) => new(
        Changeset: "2026-12-01 00:00",
        options.Contact,
        options.KeyService,
        [new Open311DiscoveryEndpoint(
            "http://wiki.open311.org/GeoReport_v2", $"{http.Request.Scheme}://{http.Request.Host}{V2}", "2026-12-01 00:00",
            "production", ["application/json", "text/xml"])]);

    /// <summary>Counts the caller's address, then turns every refusal into the spec's error list in the requested format.</summary>
    private static async ValueTask<object?> AnswerErrorsAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var format = http.Request.RouteValues[Format] as string == Open311Response.Xml ? Open311Response.Xml : Open311Response.Json;
        try
        {
            http.RequestServices.GetRequiredService<Open311Caller>().Count(http);
            return await next(context);
        }
        catch (Open311Exception refused)
        {
            return Open311Response.Errors(format, [new Open311Error(refused.Status, refused.Message)]);
        }
        catch (DomainException refused)
        {
            return Open311Response.Errors(format, Open311Error.From(refused));
        }
        catch (BadHttpRequestException bad)
        {
            return Open311Response.Errors(format, [new Open311Error(bad.StatusCode, "The request is malformed (its body, framing or headers).")]);
        }
        catch (InvalidDataException)
        {
            return Open311Response.Errors(format, [new Open311Error(StatusCodes.Status400BadRequest, "The form could not be read.")]);
        }
    }
}
