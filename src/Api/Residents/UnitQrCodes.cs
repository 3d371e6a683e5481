using Microsoft.EntityFrameworkCore;
using QRCoder;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Api.GraphQL.Units;
using Platform.Data;
using Platform.Workflow.Residents;

namespace Platform.Api.Residents;

/// <summary>
/// <c>GET /units/{id}/qr.svg</c>: the QR code (一码直通) to put on a committee's or township's door.
/// It encodes the residents' portal URL with the unit's id, so it stays valid as long as the unit;
/// it is public, like the door it hangs on, and says nothing but that URL.
/// </summary>
public static class UnitQrCodes
{
    public const string Path = "/units/{id}/qr.svg";

    public static IEndpointRouteBuilder MapPlatformResidents(this IEndpointRouteBuilder endpoints)
    {
        var options = endpoints.ServiceProvider.GetRequiredService<IConfiguration>()
            .GetSection(ResidentsOptions.Section).Get<ResidentsOptions>() ?? new ResidentsOptions();
        endpoints.MapGet(Path, (string id, IDbContextFactory<PlatformDbContext> contexts, CancellationToken ct) => GetAsync(id, contexts, options, ct))
            .ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>The URL a unit's code encodes.</summary>
    public static string PortalUrlFor(ResidentsOptions options, string unitId) =>
        $"{options.PortalUrl}{(string.IsNullOrEmpty(options.PortalUrl.Query) ? "?" : "&")}unit={Uri.EscapeDataString(unitId)}";

    private static async Task<IResult> GetAsync(string id, IDbContextFactory<PlatformDbContext> contexts, ResidentsOptions options, CancellationToken ct)
    {
        var key = GlobalId.DecodeKey(id, UnitType.TypeName);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var takesPetitions = key is { } k && await db.Units.AsNoTracking()
            .AnyAsync(u => u.Id == k && u.DeactivatedAt == null && PetitionDesk.IntakeUnits.Contains(u.Kind), ct);
        if (!takesPetitions)
        {
            return Results.NotFound();
        }

        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(PortalUrlFor(options, GlobalId.Encode(UnitType.TypeName, key!.Value)), QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(8);
        return Results.Text(svg, "image/svg+xml");
    }
}
