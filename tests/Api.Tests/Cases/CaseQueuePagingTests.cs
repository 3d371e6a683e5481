using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Cases;

/// <summary><c>viewer.queue(kind:)</c> takes the filters, sorts and pages of <c>cases</c>.</summary>
public sealed class CaseQueuePagingTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Queue_Should_Filter_Sort_AndPage_LikeCases()
    {
        // arrange
        await factory.RegisterAsync("ziteng.proxy", "楼道照明损坏（分页1）");
        await factory.RegisterAsync("ziteng.proxy", "楼道照明损坏（分页2）");
        const string query = """
            query {
              viewer {
                queue(kind: PENDING_ACCEPTANCE, where: { title: { startsWith: "楼道照明损坏（分页" } }, order: [{ title: DESC }], first: 1) {
                  totalCount pageInfo { hasNextPage } nodes { title status }
                }
              }
            }
            """;

        // act
        var response = await factory.AskAsync("ziteng.proxy", query);

        // assert
        Assert.Null(response["errors"]);
        var queue = response["data"]!["viewer"]!["queue"]!;
        Assert.Equal(2, queue["totalCount"]!.GetValue<int>());
        Assert.True(queue["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        var node = Assert.Single(queue["nodes"]!.AsArray());
        Assert.Equal("楼道照明损坏（分页2）", node.Str("title"));
    }

    [Fact]
    public async Task CountAndPage_UnderIncludeDirectives_Should_FollowEachRequestsVariables()
    {
        // arrange: the same document with the count and the page each left out in turn, so that
        // what the connection reads is decided per request, not once per document
        await factory.RegisterAsync("ziteng.proxy", "楼道照明损坏（指令）");
        const string query = """
            query($count: Boolean!, $page: Boolean!) {
              viewer {
                queue(kind: PENDING_ACCEPTANCE, where: { title: { eq: "楼道照明损坏（指令）" } }, first: 5) {
                  totalCount @include(if: $count)
                  nodes @include(if: $page) { title }
                }
              }
            }
            """;

        // act
        var both = await factory.AskAsync("ziteng.proxy", query, new { count = true, page = true });
        var countOnly = await factory.AskAsync("ziteng.proxy", query, new { count = true, page = false });
        var pageOnly = await factory.AskAsync("ziteng.proxy", query, new { count = false, page = true });

        // assert
        Assert.Null(both["errors"]);
        Assert.Null(countOnly["errors"]);
        Assert.Null(pageOnly["errors"]);
        Assert.Equal(1, both["data"]!["viewer"]!["queue"]!["totalCount"]!.GetValue<int>());
        Assert.Equal("楼道照明损坏（指令）", Assert.Single(both["data"]!["viewer"]!["queue"]!["nodes"]!.AsArray())!.Str("title"));
        Assert.Equal("""{"totalCount":1}""", countOnly["data"]!["viewer"]!["queue"]!.ToJsonString());
        Assert.Equal("""{"nodes":[{"title":"楼道照明损坏（指令）"}]}""", pageOnly["data"]!["viewer"]!["queue"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Fact]
    public async Task AQueuesFirstPage_Should_ReadCompiled_AsItReadsUncompiled()
    {
        // arrange: the first page with its count and no where or order is read by a compiled
        // query; an explicit order that is the default one takes the uncompiled path
        for (var i = 1; i <= 3; i++)
        {
            await factory.RegisterAsync("ziteng.proxy", $"楼道照明损坏（编译{i}）");
        }

        static string Query(string order) => $$"""
            query {
              viewer {
                queue(kind: PENDING_ACCEPTANCE, first: 2{{order}}) {
                  totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id title registeredAt }
                }
              }
            }
            """;

        // act
        var compiled = await factory.AskAsync("ziteng.proxy", Query(""));
        var uncompiled = await factory.AskAsync("ziteng.proxy", Query(", order: [{ registeredAt: ASC }]"));

        // assert
        Assert.Null(compiled["errors"]);
        Assert.Null(uncompiled["errors"]);
        var queue = compiled["data"]!["viewer"]!["queue"]!;
        Assert.True(queue["totalCount"]!.GetValue<int>() >= 3);
        Assert.True(queue["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(2, queue["nodes"]!.AsArray().Count);
        Assert.Equal(uncompiled["data"]!.ToJsonString(), compiled["data"]!.ToJsonString());
    }
}
