using Microsoft.EntityFrameworkCore;
using Platform.Api.Operations.Errors;
using Platform.Data.Tenancy;

namespace Platform.Api.Attachments;

/// <summary>
/// <c>GET /attachments/{id}?expires=…&amp;sig=…</c>: the file behind a link that
/// <see cref="AttachmentLinks"/> issued, with no token needed (a browser follows it), served as a
/// download of its sniffed type that the browser must not reinterpret. A forged or altered link is
/// a 403 <c>LINK_INVALID</c>, an expired one a 403 <c>LINK_EXPIRED</c>; both are decided before any
/// read, so neither says whether the file exists.
/// </summary>
public static class AttachmentDownloads
{
    public const string Path = AttachmentLinks.PathPrefix + "{id}";
    public const string LinkInvalid = "LINK_INVALID";
    public const string LinkExpired = "LINK_EXPIRED";
    public const string NotFound = "NOT_FOUND";

    /// <summary>Registers the link issuer (one per process; its keys are loaded once).</summary>
    public static IServiceCollection AddPlatformAttachments(this IServiceCollection services) =>
        services.AddSingleton<AttachmentLinks>();

    public static IEndpointRouteBuilder MapPlatformAttachments(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, GetAsync).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task GetAsync(
        HttpContext context, string id, string? expires, string? sig, AttachmentLinks links, SystemDbContexts contexts)
    {
        var check = links.Verify(id, expires, sig);
        if (check.AttachmentId is not { } key)
        {
            await (check.IsExpired
                ? ErrorResponses.WriteAsync(context, StatusCodes.Status403Forbidden, LinkExpired, "access_denied", "The download link has expired; ask for the attachment again.")
                : ErrorResponses.WriteAsync(context, StatusCodes.Status403Forbidden, LinkInvalid, "access_denied", "The download link is not valid."));
            return;
        }

        // The link's signature stands for the visibility check made when it was issued; the bytes
        // are read by key alone (their table has no tenant filter).
        await using var db = contexts.Unscoped();
        var content = await db.AttachmentContents.AsNoTracking().SingleOrDefaultAsync(c => c.AttachmentId == key, context.RequestAborted);
        if (content is null)
        {
            await ErrorResponses.WriteAsync(context, StatusCodes.Status404NotFound, NotFound, "invalid_request", "The attachment does not exist.");
            return;
        }

        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "private, no-store";
        headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        await Results.File(content.Bytes, content.MediaType, content.FileName).ExecuteAsync(context);
    }
}
