using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Live;
using Platform.Api.Tests.Cases;
using Platform.Api.Tests.Infrastructure;
using Platform.Data;
using Platform.Data.Tenancy;
using Platform.Identity.Clients;

namespace Platform.Api.Tests.Live;

/// <summary>A connection ends with its token; the outbox keeps only what is recent, and its positions keep rising.</summary>
public sealed class LiveLifetimeTests : IDisposable
{
    private readonly PlatformFactory factory = new PlatformFactory().WithSetting("Live:TokenRecheckInterval", "00:00:00.500");

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task RevokedToken_Should_CloseTheConnection_With4403()
    {
        // arrange
        var token = await factory.GetTokenAsync("loupu.proxy");
        await using var client = await LiveClient.ConnectWithTokenAsync(factory, token);
        await client.SubscribeAsync("q", "subscription { queueChanged(kind: IN_PROGRESS) { kind } }");

        // act
        using var revoked = await factory.CreateClient().PostAsync("/connect/revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = DemoClients.Frontend,
            ["token"] = token,
            ["token_type_hint"] = "access_token",
        }));

        // assert
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal(4403, await client.ClosedWithAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Pruning_Should_RemoveRowsPastTheRetention_ButKeepTheNewest()
    {
        // arrange
        for (var i = 0; i < 3; i++)
        {
            await factory.RegisterAsync("taopu.officer", $"占道经营（保留期 {i}）");
        }

        var feed = factory.Services.GetRequiredService<OutboxFeed>();
        var newest = await MaxPositionAsync();
        var start = factory.Clock.UtcNow;
        factory.Clock.UtcNow = start.AddHours(2);
        try
        {
            // act
            var pruned = await feed.PruneAsync(CancellationToken.None);
            await factory.RegisterAsync("taopu.officer", "占道经营（保留期后）");

            // assert
            Assert.True(pruned >= 2);
            await using var db = factory.Services.GetRequiredService<SystemDbContexts>().Unscoped();
            var left = await db.OutboxEvents.Select(e => e.Id).OrderBy(id => id).ToListAsync();
            Assert.Equal(newest, left[0]);
            Assert.True(left[^1] > newest);
        }
        finally
        {
            factory.Clock.UtcNow = start;
        }
    }

    private async Task<long> MaxPositionAsync()
    {
        await using var db = factory.Services.GetRequiredService<SystemDbContexts>().Unscoped();
        return await db.OutboxEvents.MaxAsync(e => e.Id);
    }
}
