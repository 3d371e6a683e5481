using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Tests.Acceptance;
using Platform.Api.Tests.Cases;
using Platform.Api.Tests.Infrastructure;
using Platform.Api.Tests.Live;
using Platform.Data.Tenancy;

namespace Platform.Api.Tests.GraphQL.Common.Loading;

/// <summary>
/// The loader batches and root fields of one operation read on one context and its connection,
/// leased once and given back when the operation ends: over HTTP at the end of the request, over
/// WebSocket at the end of each subscribe and each delivery, never held for the socket's lifetime.
/// On SQLite the connection stays open in the read pool, with the statements it prepared, for the
/// next operation that leases it.
/// </summary>
public sealed class RequestReadsConnectionTests : IDisposable
{
    private const string CasePage = """
        query {
          viewer { queueCounts { pendingAcceptance inProgress } }
          cases(first: 10) {
            totalCount
            nodes {
              number
              ownerUnit { name }
              handlingUnit { name parent { name } }
              petitioners { name }
              events(first: 5) { totalCount nodes { kind actorUnit { name } } }
            }
          }
        }
        """;

    private readonly ConnectionLog connections = new();
    private readonly SqlCommandLog commands = new();
    private readonly PlatformFactory factory;

    public RequestReadsConnectionTests()
    {
        factory = new PlatformFactory().WithServices(services =>
        {
            services.AddSingleton<IInterceptor>(connections);
            services.AddSingleton<IInterceptor>(commands);
        });
    }

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task APageWithSeveralLoaderBatches_Should_Read_OnOneConnection()
    {
        // arrange
        using var client = factory.CreateClient(await factory.GetTokenAsync("sh.officer"));
        await client.PostGraphQLAsync(CasePage);
        connections.Clear();
        commands.Clear();

        // act
        var response = await client.PostGraphQLAsync(CasePage);

        // assert
        Assert.True(response["errors"] is null, response["errors"]?.ToJsonString());
        Assert.Equal(10, response["data"]!["cases"]!["nodes"]!.AsArray().Count);
        Assert.True(commands.Count >= 6, $"Expected several batches, got {commands.Count} commands.");
        Assert.Single(connections.Used);
        await EventuallyNoneHeldAsync();
    }

    [Fact]
    public async Task TheNextRequest_Should_Read_OnTheKeptConnection_WithTheStatementsItPrepared()
    {
        // arrange
        using var client = factory.CreateClient(await factory.GetTokenAsync("sh.officer"));
        var contexts = factory.Services.GetRequiredService<SystemDbContexts>();
        await client.PostGraphQLAsync(CasePage);
        await EventuallyNoneHeldAsync();
        var kept = Assert.Single(connections.Used);
        var prepared = contexts.ReadStatementsPrepared;
        connections.Clear();

        // act
        var again = await client.PostGraphQLAsync(CasePage);
        var preparedForTheSamePage = contexts.ReadStatementsPrepared - prepared;
        var other = await client.PostGraphQLAsync("query { cases(first: 3) { nodes { number title } } }");

        // assert: the same open connection, no statement prepared anew for the same page, new ones for another
        Assert.True(again["errors"] is null, again["errors"]?.ToJsonString());
        Assert.True(other["errors"] is null, other["errors"]?.ToJsonString());
        Assert.Same(kept, Assert.Single(connections.Used));
        Assert.Equal(System.Data.ConnectionState.Open, kept.State);
        Assert.True(prepared >= 6, $"Expected the page's statements to be kept, found {prepared}.");
        Assert.Equal(0, preparedForTheSamePage);
        Assert.True(contexts.ReadStatementsPrepared > prepared, "The other page's statements should have been prepared.");
    }

    [Fact]
    public async Task WithNoConnectionKept_Reads_Should_OpenAConnection_PerRequest_AsBefore()
    {
        // arrange
        var unkept = factory.WithSetting("Database:KeptReadConnections", "0");
        using var client = unkept.CreateClient(await unkept.GetTokenAsync("sh.officer"));
        await client.PostGraphQLAsync(CasePage);
        var first = Assert.Single(connections.Used);
        connections.Clear();

        // act
        var response = await client.PostGraphQLAsync(CasePage);

        // assert: one connection for the page, closed once the request is over, and no statement kept
        Assert.True(response["errors"] is null, response["errors"]?.ToJsonString());
        var second = Assert.Single(connections.Used);
        Assert.Equal(System.Data.ConnectionState.Closed, await StateOnceClosedAsync(first));
        Assert.Equal(0, unkept.Services.GetRequiredService<SystemDbContexts>().ReadStatementsPrepared);
        Assert.Equal(System.Data.ConnectionState.Closed, await StateOnceClosedAsync(second));
    }

    [Fact]
    public void ANegativeNumberOfKeptConnections_Should_StopTheHost_WithTheSettingNamed()
    {
        // arrange
        var negative = factory.WithSetting("Database:KeptReadConnections", "-1");

        // act
        var failure = Record.Exception(() => negative.CreateClient());

        // assert
        Assert.NotNull(failure);
        Assert.Contains("Database:KeptReadConnections must be 0 or more", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadContexts_Should_Share_TheModel_OfTheOtherContexts()
    {
        // arrange
        var contexts = factory.Services.GetRequiredService<SystemDbContexts>();

        // act
        using var read = contexts.ForReading(TenantScope.None);
        using var other = contexts.Unscoped();

        // assert: one model, built once at start-up
        Assert.Same(other.Model, read.Model);
    }

    [Fact]
    public async Task KeptConnections_Should_Close_WhenTheHostStops()
    {
        // arrange
        using var client = factory.CreateClient(await factory.GetTokenAsync("sh.officer"));
        await client.PostGraphQLAsync(CasePage);
        var kept = Assert.Single(connections.Used);

        // act
        factory.Dispose();

        // assert
        Assert.Equal(System.Data.ConnectionState.Closed, kept.State);
    }

    [Fact]
    public async Task Subscriptions_Should_HoldNoConnection_BetweenTheirOperations()
    {
        // arrange
        var registered = await factory.RegisterAsync("taopu.officer", "电梯停运（连接）");
        await using var officer = await LiveClient.ConnectAsync(factory, "taopu.officer");
        await officer.SubscribeAsync("q", "subscription { queueChanged(kind: IN_PROGRESS) { counts { inProgress } case { id title } } }");
        await officer.SubscribeAsync("c", "subscription($id: ID!) { caseChanged(id: $id) { id status } }", new { id = registered.Id() });
        await officer.SettledAsync();
        await EventuallyNoneHeldAsync();

        // act
        await factory.AcceptAsync("taopu.officer", registered);
        var messages = await officer.DrainAsync(TimeSpan.FromSeconds(3));

        // assert
        Assert.Contains(messages, m => m.Str("id") == "q" && m["payload"]!["data"]!["queueChanged"]!["case"].Id() == registered.Id());
        Assert.Contains(messages, m => m.Str("id") == "c" && m["payload"]!["data"]!["caseChanged"].Str("status") == "ACCEPTED");
        await EventuallyNoneHeldAsync();
    }

    // The scope, and with it the read context, ends after the response has been handed over.
    private static async Task<System.Data.ConnectionState> StateOnceClosedAsync(System.Data.Common.DbConnection connection)
    {
        for (var attempt = 0; attempt < 50 && connection.State != System.Data.ConnectionState.Closed; attempt++)
        {
            await Task.Delay(20);
        }

        return connection.State;
    }

    private async Task EventuallyNoneHeldAsync()
    {
        var contexts = factory.Services.GetRequiredService<SystemDbContexts>();
        for (var attempt = 0; attempt < 50 && contexts.ReadsLeased > 0; attempt++)
        {
            await Task.Delay(20);
        }

        Assert.Equal(0, contexts.ReadsLeased);
    }
}
