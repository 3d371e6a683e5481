using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Tests.Acceptance;
using Platform.Api.Tests.Infrastructure;
using Platform.Data.Tenancy;

namespace Platform.Api.Tests.Tenancy;

/// <summary>
/// A page that walks the registration-date index (CaseWalk) holds the same cases in the same order
/// as one that seeks the owner range and the shares, page after page, for every scope.
/// </summary>
public sealed class CaseWalkTenancyTests : IDisposable
{
    private const string Selection = "number registeredAt ownerUnit { path }";

    private readonly SqlCommandLog log = new();
    private readonly PlatformFactory factory;

    public CaseWalkTenancyTests() =>
        factory = new PlatformFactory().WithServices(services => services.AddSingleton<IInterceptor>(log));

    public void Dispose() => factory.Dispose();

    [Theory]
    [InlineData("putuo.officer", true)]
    [InlineData("taopu.officer", true)]
    [InlineData("loupu.proxy", true)]
    [InlineData("baoshan.officer", true)]
    [InlineData("putuo.officer", false)]
    [InlineData("loupu.proxy", false)]
    public async Task WalkingPages_Should_Hold_TheSeekingPagesCases_InTheirOrder(string principal, bool withTotalCount)
    {
        // arrange
        var walk = factory.Services.GetRequiredService<SystemDbContexts>().CaseWalk;
        var oracle = await TenancyOracle.ForAsync(factory);
        var expected = oracle.VisibleCases(await factory.ScopeOfAsync(principal)).Select(c => c.Number).Order().ToList();

        // act: an estimate of 1 row makes every page of more than one case walk; none never walks
        walk.TableRows = 0;
        log.Clear();
        var seeking = Numbers(await factory.AllNodesAsync(principal, "cases", Selection, pageSize: 7, withTotalCount));
        var seekingCommands = log.Commands;
        walk.TableRows = 1;
        log.Clear();
        var walking = Numbers(await factory.AllNodesAsync(principal, "cases", Selection, pageSize: 7, withTotalCount));
        var walkingCommands = log.Commands;

        // assert
        Assert.NotEmpty(expected);
        Assert.Equal(expected, seeking.Order());
        Assert.Equal(seeking, walking);
        Assert.DoesNotContain(seekingCommands, Walks);
        Assert.Contains(walkingCommands, Walks);
        if (!withTotalCount)
        {
            // Without a total no count runs unless a walk may pay, and that count stops at its limit.
            Assert.DoesNotContain(seekingCommands, Counts);
            Assert.Contains(walkingCommands, Counts);
            Assert.All(walkingCommands.Where(Counts), c => Assert.Contains("LIMIT", c, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("putuo.officer", true)]
    [InlineData("taopu.officer", true)]
    [InlineData("putuo.officer", false)]
    public async Task WalksCutByTheirBound_Should_FallBack_ToSeeking_WithTheSameCases(string principal, bool withTotalCount)
    {
        // arrange: every page walks, and every walk is cut after a few steps
        var walk = factory.Services.GetRequiredService<SystemDbContexts>().CaseWalk;
        walk.TableRows = 0;
        var seeking = Numbers(await factory.AllNodesAsync(principal, "cases", Selection, pageSize: 7, withTotalCount));
        walk.TableRows = 1;
        walk.BoundFloor = 1;
        log.Clear();

        // act
        var cut = Numbers(await factory.AllNodesAsync(principal, "cases", Selection, pageSize: 7, withTotalCount));

        // assert: each page sent its walk, then the same page seeking
        Assert.NotEmpty(seeking);
        Assert.Equal(seeking, cut);
        var commands = log.Commands;
        Assert.Contains(commands, Walks);
        Assert.True(
            commands.Count(c => !Walks(c) && c.Contains("LIMIT", StringComparison.Ordinal)) >= commands.Count(Walks),
            "Every cut walk should be followed by its page read by seeking.");
        if (withTotalCount)
        {
            // One count per page: the page read again after its cut walk keeps the count made before it.
            var pages = (seeking.Count + 6) / 7;
            Assert.Equal(pages, commands.Count(c => Counts(c) && !c.Contains("LIMIT", StringComparison.Ordinal)));
        }
    }

    private static bool Walks(string command) => command.Contains("\"OwnerPath\" || ''", StringComparison.Ordinal);

    private static bool Counts(string command) => command.Contains("COUNT(*)", StringComparison.Ordinal);

    private static List<string> Numbers(List<JsonNode> nodes) => [.. nodes.Select(n => n.Str("number"))];
}
