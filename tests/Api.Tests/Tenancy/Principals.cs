using System.Text.Json.Nodes;
using Platform.Api.Tests.Infrastructure;
using Platform.Identity;

namespace Platform.Api.Tests.Tenancy;

/// <summary>The principals of the tenancy matrix: demo accounts at every level and the integration client.</summary>
public static class Principals
{
    /// <summary>The client-credentials principal (<c>demo-integration</c>, bound to 普陀).</summary>
    public const string Integration = GraphQLClient.Integration;

    /// <summary>City, districts, townships, committees, and the integration client.</summary>
    public static TheoryData<string> All =>
    [
        "sh.officer",
        "putuo.officer", "yangpu.officer", "baoshan.officer",
        "taopu.officer", "changbai.officer", "yanghang.officer",
        "loupu.proxy", "ziteng.proxy", "antu.proxy",
        Integration,
    ];

    /// <summary><see cref="All"/> and a reader who holds no writing role.</summary>
    public static TheoryData<string> WithViewer
    {
        get
        {
            var all = All;
            all.Add("putuo.viewer");
            return all;
        }
    }

    /// <summary>
    /// DESIGN §4 and the campaign rules, from the token alone: a campaign writer holds
    /// <c>platform.write</c> and is an officer, leader or admin, or is a client (no roles).
    /// </summary>
    public static async Task<bool> ReadsInternalAnswersAsync(this PlatformFactory factory, string principal)
    {
        var payload = Jwt.Payload(await factory.TokenAsync(principal));
        var scopes = Jwt.Values(payload, PlatformClaims.Scope).SelectMany(s => s.Split(' ')).ToList();
        var roles = Jwt.Values(payload, PlatformClaims.Role);
        return scopes.Contains(PlatformScopes.Write)
            && (roles.Count == 0 || roles.Any(r => r is PlatformRoles.Officer or PlatformRoles.Leader or PlatformRoles.Admin));
    }

    /// <summary>The unit path the token says the principal acts for.</summary>
    public static async Task<string> ScopeOfAsync(this PlatformFactory factory, string principal) =>
        Jwt.Values(Jwt.Payload(await factory.TokenAsync(principal)), PlatformClaims.UnitPath).Single();

    /// <summary>
    /// Every node of a root connection, paging with <c>first</c>/<c>after</c>; asserts that no page
    /// has errors and that <c>totalCount</c> agrees with what the pages held (unless it is not
    /// selected, <paramref name="withTotalCount"/> false).
    /// </summary>
    public static async Task<List<JsonNode>> AllNodesAsync(
        this PlatformFactory factory, string principal, string field, string selection, int pageSize = 100, bool withTotalCount = true)
    {
        var query = $$"""
            query Page($first: Int!, $after: String) {
              page: {{field}}(first: $first, after: $after) {
                {{(withTotalCount ? "totalCount" : "")}}
                pageInfo { hasNextPage endCursor }
                nodes { {{selection}} }
              }
            }
            """;
        var nodes = new List<JsonNode>();
        string? after = null;
        int? totalCount = null;
        while (true)
        {
            var response = await factory.AskAsync(principal, query, new { first = pageSize, after });
            Assert.True(response["errors"] is null, response["errors"]?.ToJsonString());
            var page = response["data"]!["page"]!;
            totalCount ??= withTotalCount ? page["totalCount"]!.GetValue<int>() : null;
            nodes.AddRange(page["nodes"]!.AsArray().Select(n => n!));
            if (!page["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
            {
                break;
            }

            after = page["pageInfo"]!["endCursor"]!.GetValue<string>();
        }

        if (withTotalCount)
        {
            Assert.Equal(totalCount, nodes.Count);
        }

        return nodes;
    }
}
