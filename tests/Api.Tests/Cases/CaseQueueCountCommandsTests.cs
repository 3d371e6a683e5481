using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Tests.Acceptance;
using Platform.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Platform.Api.Tests.Cases;

/// <summary><c>viewer.queueCounts</c> reads every count in a fixed, small number of SQL commands.</summary>
public sealed class CaseQueueCountCommandsTests : IDisposable
{
    private readonly SqlCommandLog log = new();
    private readonly PlatformFactory factory;
    private readonly ITestOutputHelper output;

    public CaseQueueCountCommandsTests(ITestOutputHelper output)
    {
        this.output = output;
        factory = new PlatformFactory().WithServices(services => services.AddSingleton<IInterceptor>(log));
    }

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task QueueCounts_Should_Send_FiveSqlCommands()
    {
        // arrange
        using var client = factory.CreateClient(await factory.GetTokenAsync("taopu.officer"));
        const string query = """
            query {
              viewer { queueCounts { pendingAcceptance inProgress dueSoon overdue awaitingVerification referralsIn supervised } }
            }
            """;
        await client.PostGraphQLAsync(query);
        log.Clear();

        // act
        var response = await client.PostGraphQLAsync(query);

        // assert
        Assert.Null(response["errors"]);
        foreach (var command in log.Commands)
        {
            output.WriteLine(command);
        }

        Assert.Equal(5, log.Count);
    }
}
