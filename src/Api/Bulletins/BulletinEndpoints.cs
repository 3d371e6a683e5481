using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Platform.Api.GraphQL.Common.Errors;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Api.GraphQL.Units;
using Platform.Api.Operations.Errors;
using Platform.Api.Tenancy;
using Platform.Data;
using Platform.Identity;
using Platform.Workflow.Campaigns;
using Platform.Workflow.Common;
using Platform.Workflow.Statistics;

namespace Platform.Api.Bulletins;

/// <summary>
/// <c>GET /bulletins/{unitId}.xlsx</c> and <c>.csv</c> with <c>?from=&amp;to=</c>: a unit's bulletin
/// (定期通报) as a spreadsheet — the unit's row, then one per child unit — with the figures
/// <c>unitStats</c> gives for the same period, read the same way. The same bearer token and scope
/// as a GraphQL query; a unit outside the caller's scope is NOT_FOUND, as in GraphQL.
/// </summary>
public static class BulletinEndpoints
{
    public static IEndpointRouteBuilder MapPlatformBulletins(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/bulletins/{unitId}.xlsx", (HttpContext context, string unitId) => AnswerAsync(context, unitId, BulletinFormat.Xlsx))
            .ExcludeFromDescription();
        endpoints.MapGet("/bulletins/{unitId}.csv", (HttpContext context, string unitId) => AnswerAsync(context, unitId, BulletinFormat.Csv))
            .ExcludeFromDescription();
        return endpoints;
    }

    private static async Task AnswerAsync(HttpContext context, string unitId, BulletinFormat format)
    {
        var principal = context.RequestServices.GetRequiredService<CurrentPrincipal>();
        if (!principal.IsAuthenticated)
        {
            await ErrorResponses.WriteAsync(context, StatusCodes.Status401Unauthorized, PlatformErrors.AuthNotAuthenticated, "invalid_token",
                "Authentication required: send a valid access token as 'Authorization: Bearer <token>'.");
            return;
        }

        if (!principal.HasScope(PlatformScopes.Read))
        {
            await ErrorResponses.WriteAsync(context, StatusCodes.Status403Forbidden, PlatformErrors.AuthNotAuthorized, "insufficient_scope",
                $"The access token lacks the '{PlatformScopes.Read}' scope.");
            return;
        }

        if (Instant(context, "from") is not { } from || Instant(context, "to") is not { } to || from >= to)
        {
            await ErrorResponses.WriteAsync(context, StatusCodes.Status400BadRequest, PlatformErrors.Validation, "invalid_request",
                "'from' and 'to' are required ISO 8601 instants (e.g. 2031-01-01T00:00:00Z), 'from' before 'to'.");
            return;
        }

        var rows = GlobalId.DecodeKey(unitId, UnitType.TypeName) is { } key ? await ReadAsync(context, principal, key, from, to) : null;
        if (rows is null)
        {
            await ErrorResponses.WriteAsync(context, StatusCodes.Status404NotFound, PlatformErrors.NotFound, "invalid_request",
                "No unit with this id is visible to the caller.");
            return;
        }

        var file = await BulletinSheet.WriteAsync(rows, format, context.RequestAborted);
        var name = $"bulletin-{rows[0].Path.Trim('/').Replace('/', '-')}-{from:yyyyMMdd}-{to:yyyyMMdd}.{format.ToString().ToLowerInvariant()}";
        context.Response.Headers.CacheControl = "no-store";
        await Results.File(file, BulletinSheet.ContentType(format), name).ExecuteAsync(context);
    }

    /// <summary>The unit's row and its children's, or null when the unit is not in the caller's scope.</summary>
    private static async Task<IReadOnlyList<BulletinRow>?> ReadAsync(HttpContext context, CurrentPrincipal principal, int unitId, DateTime from, DateTime to)
    {
        var now = context.RequestServices.GetRequiredService<IClock>().UtcNow;
        var contexts = context.RequestServices.GetRequiredService<IDbContextFactory<PlatformDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(context.RequestAborted);
        var reader = new StatisticsReader(db, StatsPeriods.Whole(from, to), now, path => CampaignAccess.IsWriter(principal.Actor, path));
        if (await reader.ReadAsync(unitId, context.RequestAborted) is not (var unit, [var snapshot]))
        {
            return null;
        }

        var stats = snapshot.For(unit);
        return [stats.MapTo<BulletinRow>(), .. stats.Breakdown().Select(child => child.MapTo<BulletinRow>())];
    }

    private static DateTime? Instant(HttpContext context, string name) =>
        DateTimeOffset.TryParse(context.Request.Query[name].ToString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at.UtcDateTime
            : null;
}
