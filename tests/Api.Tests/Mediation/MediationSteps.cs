using System.Text.Json.Nodes;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Mediation;

/// <summary>Finding demo workrooms and cases and running mediation and workroom mutations as demo accounts.</summary>
public static class MediationSteps
{
    public const string YanghangPath = "/sh/baoshan/yanghang/";

    public const string Yanghang = "杨行镇\"老法师\"工作室";
    public const string Shihudang = "石湖荡镇乡贤工作室";

    /// <summary>The demo workroom named <paramref name="name"/> as <paramref name="principal"/> sees it.</summary>
    public static async Task<JsonNode> WorkroomAsync(this PlatformFactory factory, string principal, string name = Yanghang)
    {
        var response = await factory.AskAsync(principal, """
            {
              workrooms(first: 50) {
                nodes { id name version sessionCount agreementCount unit { path } elders { id name active } history { kind } }
              }
            }
            """);
        Assert.Null(response["errors"]);
        return response["data"]!["workrooms"]!["nodes"]!.AsArray().Single(w => w.Str("name") == name)!;
    }

    /// <summary>A case in progress owned in 杨行镇's subtree, as <c>yanghang.officer</c> sees it.</summary>
    public static async Task<JsonNode> YanghangCaseAsync(this PlatformFactory factory)
    {
        var response = await factory.AskAsync("yanghang.officer", """
            {
              cases(first: 50, where: { status: { eq: IN_PROGRESS } }) {
                nodes { id version ownerUnit { path } events { totalCount } }
              }
            }
            """);
        Assert.Null(response["errors"]);
        return response["data"]!["cases"]!["nodes"]!.AsArray()
            .First(c => c!["ownerUnit"].Str("path").StartsWith(YanghangPath, StringComparison.Ordinal))!;
    }

    /// <summary>Runs <paramref name="mutation"/> (input type <c>&lt;Mutation&gt;Input</c>) and returns its payload, whose object is under <c>entity</c>.</summary>
    public static Task<JsonNode> ChangeAsync(
        this PlatformFactory factory, string principal, string mutation, string entityField, object input, string selection = "id version") =>
        factory.PayloadAsync(principal, mutation, input, $"entity: {entityField} {{ {selection} }}");

    /// <summary>Asserts that the payload has no errors and returns its object.</summary>
    public static JsonNode Ok(this JsonNode payload)
    {
        Assert.True(payload["errors"] is null, payload["errors"]?.ToJsonString());
        return payload["entity"]!;
    }

    /// <summary>The codes of the payload's errors (and asserts it returned no object).</summary>
    public static IReadOnlyList<string> Codes(this JsonNode payload)
    {
        Assert.Null(payload["entity"]);
        return payload["errors"]!.AsArray().Select(e => e!["code"]!.GetValue<string>()).ToList();
    }

    /// <summary>The fields named by the payload's VALIDATION errors.</summary>
    public static IReadOnlyList<string> Fields(this JsonNode payload) =>
        payload["errors"]!.AsArray().Where(e => e!["field"] is not null).Select(e => e!["field"]!.GetValue<string>()).ToList();

    /// <summary>A session by id as <paramref name="principal"/> sees it: status, version and history kinds.</summary>
    public static async Task<JsonNode> SessionAsync(this PlatformFactory factory, string principal, string id)
    {
        var response = await factory.AskAsync(principal, """
            query Read($id: ID!) {
              node(id: $id) { ... on MediationSession { id version status outcome scheduledAt place history { kind actorName } } }
            }
            """, new { id });
        Assert.Null(response["errors"]);
        return response["data"]!["node"]!;
    }

    /// <summary>An input for an ELDER session in the 杨行 workroom, tomorrow, with one elder mediator.</summary>
    public static object ElderSession(JsonNode workroom, string? caseId = null, DateTime? at = null, string? elderName = "王志明") => new
    {
        caseId,
        workroomId = workroom.Str("id"),
        kind = "ELDER",
        subject = "邻里纠纷调解",
        scheduledAt = at ?? TestClock.Start.AddDays(1),
        place = "杨行镇\"老法师\"工作室",
        parties = new object[] { new { name = "王小明", phone = "13800001111", side = "申请人" }, new { name = "李大华", side = "被申请人" } },
        mediators = elderName is null
            ? new object[] { new { kind = "STAFF", name = "杨行司法所 张敏" } }
            : new object[] { new { kind = "ELDER", elderId = workroom["elders"]!.AsArray().Single(e => e.Str("name") == elderName)!.Str("id") } },
    };
}
