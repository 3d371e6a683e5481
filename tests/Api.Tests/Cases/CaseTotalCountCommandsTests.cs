using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Tests.Acceptance;
using Platform.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Platform.Api.Tests.Cases;

/// <summary>A connection asked only for its <c>totalCount</c> counts, and reads no page.</summary>
public sealed class CaseTotalCountCommandsTests : IDisposable
{
    private readonly SqlCommandLog log = new();
    private readonly PlatformFactory factory;
    private readonly ITestOutputHelper output;

    public CaseTotalCountCommandsTests(ITestOutputHelper output)
    {
        this.output = output;
        factory = new PlatformFactory().WithServices(services => services.AddSingleton<IInterceptor>(log));
    }

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task TotalCountAlone_Should_Send_OnlyTheCount()
    {
        // arrange
        using var client = factory.CreateClient(await factory.GetTokenAsync("sh.admin"));
        const string where = "where: { status: { in: [ACCEPTED, IN_PROGRESS] } }, order: [{ registeredAt: DESC }]";
        var withNodes = await client.PostGraphQLAsync($"query {{ cases(first: 20, {where}) {{ totalCount nodes {{ id }} }} }}");
        log.Clear();

        // act
        var response = await client.PostGraphQLAsync($"query {{ cases(first: 20, {where}) {{ totalCount }} }}");

        // assert
        Assert.Null(response["errors"]);
        WriteCommands();
        var command = Assert.Single(log.Commands);
        Assert.Contains("COUNT(*)", command, StringComparison.Ordinal);
        Assert.DoesNotContain("LIMIT", command, StringComparison.Ordinal);
        Assert.Equal(
            withNodes["data"]!["cases"]!["totalCount"]!.GetValue<int>(),
            response["data"]!["cases"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task ChildTotalCountAlone_Should_Send_TheGroupedCount_And_NoPageOfChildren()
    {
        // arrange
        using var client = factory.CreateClient(await factory.GetTokenAsync("sh.officer"));
        const string query = "query { cases(first: 3) { nodes { id events(last: 2) { totalCount } } } }";
        await client.PostGraphQLAsync(query);
        log.Clear();

        // act
        var response = await client.PostGraphQLAsync(query);

        // assert
        Assert.Null(response["errors"]);
        WriteCommands();
        Assert.Equal(2, log.Count);
        Assert.DoesNotContain(log.Commands, c => c.Contains("ROW_NUMBER", StringComparison.Ordinal));
        Assert.All(response["data"]!["cases"]!["nodes"]!.AsArray(), c => Assert.True(c!["events"]!["totalCount"]!.GetValue<int>() > 0));
    }

    private void WriteCommands()
    {
        foreach (var command in log.Commands)
        {
            output.WriteLine(command);
        }
    }
}
