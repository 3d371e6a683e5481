using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Tenancy;

/// <summary>The foundation's acceptance cases of DESIGN §4 rules 1 and 6, against the oracle.</summary>
[Collection(SharedPlatform.Name)]
public sealed class CaseVisibilityTests(PlatformFactory factory)
{
    private const string CaseNumbers = "number ownerUnit { path }";

    [Fact]
    public async Task Township_Should_Count_CasesOwnedInOrSharedIntoItsSubtree()
    {
        // arrange
        var oracle = await TenancyOracle.ForAsync(factory);
        var expected = oracle.VisibleCases("/sh/putuo/taopu/").ToList();
        const string query = """
            query { cases { totalCount } }
            """;

        // act
        var response = await factory.AskAsync("taopu.officer", query);

        // assert
        Assert.Null(response["errors"]);
        Assert.NotEmpty(expected);
        Assert.Contains(expected, c => c.OwnerPath.StartsWith("/sh/yangpu/", StringComparison.Ordinal));
        Assert.Equal(expected.Count, response["data"]!["cases"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Committee_Should_See_OnlyItsOwnCases_IncludingItsGrids()
    {
        // arrange
        var oracle = await TenancyOracle.ForAsync(factory);
        var expected = oracle.VisibleCases("/sh/putuo/taopu/loupu/").Select(c => c.Number).Order().ToList();

        // act
        var cases = await factory.AllNodesAsync("loupu.proxy", "cases", CaseNumbers);

        // assert
        Assert.NotEmpty(expected);
        Assert.Equal(expected, cases.Select(c => c.Str("number")).Order());
        Assert.All(cases, c => Assert.StartsWith("/sh/putuo/taopu/loupu/", c!["ownerUnit"].Str("path")));
        Assert.Contains(oracle.Cases, c => c.OwnerPath.StartsWith("/sh/putuo/taopu/loupu/g", StringComparison.Ordinal) && expected.Contains(c.Number));
    }

    [Fact]
    public async Task District_Should_See_AllItsCases_AndTheReferralFromAnotherDistrict()
    {
        // arrange
        var oracle = await TenancyOracle.ForAsync(factory);
        var expected = oracle.VisibleCases("/sh/putuo/").Select(c => c.Number).Order().ToList();
        var ownedInPutuo = oracle.Cases.Where(c => c.OwnerPath.StartsWith("/sh/putuo/", StringComparison.Ordinal)).Select(c => c.Number);

        // act
        var cases = await factory.AllNodesAsync("putuo.officer", "cases", CaseNumbers);

        // assert
        var numbers = cases.Select(c => c.Str("number")).Order().ToList();
        Assert.Equal(expected, numbers);
        Assert.Subset(numbers.ToHashSet(), ownedInPutuo.ToHashSet());
        Assert.Contains(cases, c => c!["ownerUnit"].Str("path").StartsWith("/sh/yangpu/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnotherDistrict_Should_See_NoneOfPutuosCases_AndGet_NotFound_ForThem()
    {
        // arrange: nothing of 普陀 is shared to a 宝山 unit in the demo data
        var oracle = await TenancyOracle.ForAsync(factory);
        var putuoCases = oracle.Cases.Where(c => c.OwnerPath.StartsWith("/sh/putuo/", StringComparison.Ordinal)).ToList();
        const string query = """
            query Node($id: ID!) { node(id: $id) { id } }
            """;

        // act
        var cases = await factory.AllNodesAsync("baoshan.officer", "cases", CaseNumbers);
        var response = await factory.AskAsync("baoshan.officer", query, new { id = TenancyOracle.IdOf("Case", putuoCases[0].Id) });

        // assert
        Assert.NotEmpty(cases);
        Assert.DoesNotContain(cases, c => c!["ownerUnit"].Str("path").StartsWith("/sh/putuo/", StringComparison.Ordinal));
        Assert.DoesNotContain(putuoCases, c => oracle.CanSeeCase("/sh/baoshan/", c));
        Assert.Null(response["data"]!["node"]);
        Assert.Equal(["NOT_FOUND"], response.ErrorCodes());
    }
}
