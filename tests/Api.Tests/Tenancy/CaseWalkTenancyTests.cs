using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Tests.Infrastructure;
using Platform.Data.Tenancy;

namespace Platform.Api.Tests.Tenancy;

/// <summary>
/// A page that walks the registration-date index (CaseWalk) holds the same cases in the same order
/// as one that seeks the owner range and the shares, page after page, for every scope.
/// </summary>
[Collection(SharedPlatform.Name)]
public sealed class CaseWalkTenancyTests(PlatformFactory factory)
{
    private const string Selection = "number registeredAt ownerUnit { path }";

    [Theory]
    [InlineData("putuo.officer")]
    [InlineData("taopu.officer")]
    [InlineData("loupu.proxy")]
    [InlineData("baoshan.officer")]
    public async Task WalkingPages_Should_Hold_TheSeekingPagesCases_InTheirOrder(string principal)
    {
        // arrange
        var walk = factory.Services.GetRequiredService<SystemDbContexts>().CaseWalk;
        var estimate = walk.TableRows;
        var oracle = await TenancyOracle.ForAsync(factory);
        var expected = oracle.VisibleCases(await factory.ScopeOfAsync(principal)).Select(c => c.Number).Order().ToList();

        // act: an estimate of 1 row makes every page of more than one case walk; none never walks
        List<string> seeking, walking;
        try
        {
            walk.TableRows = 0;
            seeking = Numbers(await factory.AllNodesAsync(principal, "cases", Selection, pageSize: 7));
            walk.TableRows = 1;
            walking = Numbers(await factory.AllNodesAsync(principal, "cases", Selection, pageSize: 7));
        }
        finally
        {
            walk.TableRows = estimate;
        }

        // assert
        Assert.NotEmpty(expected);
        Assert.Equal(expected, seeking.Order());
        Assert.Equal(seeking, walking);
    }

    private static List<string> Numbers(List<System.Text.Json.Nodes.JsonNode> nodes) => [.. nodes.Select(n => n.Str("number"))];
}
