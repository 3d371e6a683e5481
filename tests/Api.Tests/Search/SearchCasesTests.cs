using Platform.Api.Tests.Infrastructure;
using Platform.Api.Tests.Tenancy;

namespace Platform.Api.Tests.Search;

/// <summary>Issue 13, acceptance 3: Chinese full-text search, filtered in the database like every read.</summary>
public sealed class SearchCasesTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string Query = """
        query Search($query: String!, $after: String) {
          searchCases(query: $query, first: 100, after: $after) {
            totalCount pageInfo { hasNextPage endCursor }
            nodes { score snippet case { id title } }
          }
        }
        """;

    [Fact]
    public async Task Search_Should_FindTaopusWageArrearsCases_WithHighlightedSnippets()
    {
        // act
        var response = await factory.AskAsync("taopu.officer", Query, new { query = "物流园区 拖欠工资" });

        // assert
        Assert.Null(response["errors"]);
        var nodes = response["data"]!["searchCases"]!["nodes"]!.AsArray();
        Assert.NotEmpty(nodes);
        Assert.All(nodes, n => Assert.Contains("工资", n!["case"].Str("title") + n.Str("snippet")));
        Assert.Contains("<em>工资</em>", nodes[0].Str("snippet"));
        Assert.True(nodes.Select(n => n.Int("score")).SequenceEqual(nodes.Select(n => n.Int("score")).OrderDescending()));
    }

    [Theory]
    [MemberData(nameof(Principals.All), MemberType = typeof(Principals))]
    public async Task Search_Should_ReturnOnlyVisibleCases_AndEveryVisibleObviousMatch(string principal)
    {
        // arrange
        var oracle = await TenancyOracle.ForAsync(factory);
        var scope = await factory.ScopeOfAsync(principal);
        var visible = oracle.VisibleCases(scope).Select(c => TenancyOracle.IdOf("Case", c.Id)).ToHashSet();
        var obvious = oracle.VisibleCases(scope)
            .Where(c => new[] { "物流园区", "拖欠", "工资" }.All(w => (c.Title + c.Description).Contains(w)))
            .Select(c => TenancyOracle.IdOf("Case", c.Id));

        // act
        var response = await factory.AskAsync(principal, Query, new { query = "物流园区 拖欠工资" });

        // assert
        Assert.Null(response["errors"]);
        var found = response["data"]!["searchCases"]!["nodes"]!.AsArray().Select(n => n!["case"].Id()).ToList();
        Assert.All(found, id => Assert.Contains(id, visible));
        Assert.All(obvious, id => Assert.Contains(id, found));
        Assert.Equal(found.Count, response["data"]!["searchCases"].Int("totalCount"));
    }

    [Fact]
    public async Task Search_Should_PageWithCursors_AndRefuseOversizedPages()
    {
        // act
        var first = await factory.AskAsync("sh.officer", """{ searchCases(query: "居民", first: 1) { totalCount pageInfo { hasNextPage endCursor } nodes { case { id } } } }""");
        var page = first["data"]!["searchCases"]!;
        var second = await factory.AskAsync("sh.officer", """
            query Next($after: String) { searchCases(query: "居民", first: 1, after: $after) { nodes { case { id } } } }
            """, new { after = page["pageInfo"].Str("endCursor") });
        var tooMany = await factory.AskAsync("sh.officer", """{ searchCases(query: "居民", first: 101) { totalCount } }""");
        var empty = await factory.AskAsync("sh.officer", """{ searchCases(query: "。，") { totalCount nodes { score } } }""");

        // assert
        Assert.True(page.Int("totalCount") > 1);
        Assert.True(page["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.NotEqual(page["nodes"]![0]!["case"].Id(), second["data"]!["searchCases"]!["nodes"]![0]!["case"].Id());
        Assert.Equal(["PAGE_SIZE"], tooMany.ErrorCodes());
        Assert.Equal(0, empty["data"]!["searchCases"].Int("totalCount"));
    }

    [Fact]
    public async Task Search_Should_Narrow_ByACaseFilter_ToTheHitsThatMatchIt()
    {
        // arrange
        const string Filtered = """
            query Search($query: String!, $status: CaseStatus!) {
              searchCases(query: $query, first: 100, where: { status: { eq: $status } }) { totalCount nodes { case { id status } } }
            }
            """;
        var all = await factory.AskAsync("sh.officer", Query, new { query = "居民" });
        var statuses = await factory.AskAsync("sh.officer", """{ cases(first: 100) { nodes { id status } } }""");
        var statusOf = statuses["data"]!["cases"]!["nodes"]!.AsArray().ToDictionary(n => n.Id(), n => n.Str("status"));
        var hits = all["data"]!["searchCases"]!["nodes"]!.AsArray().Select(n => n!["case"].Id()).ToList();
        var status = statusOf[hits[0]];

        // act
        var response = await factory.AskAsync("sh.officer", Filtered, new { query = "居民", status });

        // assert
        Assert.Null(response["errors"]);
        var found = response["data"]!["searchCases"]!["nodes"]!.AsArray().Select(n => n!["case"].Id()).ToList();
        Assert.Equal(hits.Where(id => statusOf.GetValueOrDefault(id) == status), found);
        Assert.Equal(found.Count, response["data"]!["searchCases"].Int("totalCount"));
    }
}
