using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Tests.Acceptance;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Workrooms;

/// <summary>STYLE habit 4: per-workroom session counts come from one grouped query per level, never one per row.</summary>
public sealed class WorkroomCountBatchingTests : IDisposable
{
    private readonly SqlCommandLog log = new();
    private readonly PlatformFactory factory;

    public WorkroomCountBatchingTests()
    {
        factory = new PlatformFactory().WithServices(services => services.AddSingleton<IInterceptor>(log));
    }

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task SessionAndAgreementCounts_Should_BeOneGroupedQuery_ForAllWorkrooms()
    {
        // arrange
        using var client = factory.CreateClient(await factory.GetTokenAsync("sh.officer"));
        log.Clear();

        // act
        var response = await client.PostGraphQLAsync("{ workrooms { nodes { name sessionCount agreementCount } } }");

        // assert
        Assert.Null(response["errors"]);
        var counts = response["data"]!["workrooms"]!["nodes"]!.AsArray()
            .ToDictionary(w => w!["name"]!.GetValue<string>(), w => (w!["sessionCount"]!.GetValue<int>(), w["agreementCount"]!.GetValue<int>()));
        Assert.Equal((5, 1), counts["杨行镇\"老法师\"工作室"]);
        Assert.Equal((1, 1), counts["石湖荡镇乡贤工作室"]);
        Assert.Single(log.Commands, c => c.Contains("GROUP BY", StringComparison.OrdinalIgnoreCase));
    }
}
