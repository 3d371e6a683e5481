using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Tests.Acceptance;
using Platform.Api.Tests.Cases;
using Platform.Api.Tests.Infrastructure;
using Platform.Api.Tests.Live;

namespace Platform.Api.Tests.GraphQL.Common.Loading;

/// <summary>
/// The loader batches and root fields of one operation read on one connection, opened once and
/// given back when the operation ends: over HTTP at the end of the request, over WebSocket at the
/// end of each subscribe and each delivery, never held for the socket's lifetime.
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
    public async Task APageWithSeveralLoaderBatches_Should_Open_OneConnection()
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
        Assert.Equal(1, connections.Opened);
        await EventuallyNoneOpenAsync();
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
        await EventuallyNoneOpenAsync();

        // act
        await factory.AcceptAsync("taopu.officer", registered);
        var messages = await officer.DrainAsync(TimeSpan.FromSeconds(3));

        // assert
        Assert.Contains(messages, m => m.Str("id") == "q" && m["payload"]!["data"]!["queueChanged"]!["case"].Id() == registered.Id());
        Assert.Contains(messages, m => m.Str("id") == "c" && m["payload"]!["data"]!["caseChanged"].Str("status") == "ACCEPTED");
        await EventuallyNoneOpenAsync();
    }

    // The scope, and with it the read context, ends after the response has been handed over.
    private async Task EventuallyNoneOpenAsync()
    {
        for (var attempt = 0; attempt < 50 && connections.OpenNow > 0; attempt++)
        {
            await Task.Delay(20);
        }

        Assert.Equal(0, connections.OpenNow);
    }
}
