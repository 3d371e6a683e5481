using System.Text.Json.Nodes;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Cases;

/// <summary>Registering, changing and reading cases through HTTP as demo accounts.</summary>
public static class CaseSteps
{
    /// <summary>What every case mutation returns of its case; a step may ask for more.</summary>
    public const string MutatedCase = "id number version status reviewCount answer resolvedAt closedAt resolveDueAt handlingUnit { path }";

    /// <summary>Owner, handler, shares and the whole timeline, as the sharing tests look at a case.</summary>
    public const string SharingView = """
        acceptedAt resolveDueAt
        ownerUnit { path }
        handlingUnit { path }
        shares { kind status reason responseReason targetUnit { path } fromUnit { path } }
        events(first: 100) { totalCount nodes { kind note data actorUnit { path } } }
        """;

    /// <summary>Registers a one-petitioner case in <paramref name="principal"/>'s own unit; must succeed; returns the case.</summary>
    public static Task<JsonNode> RegisterAsync(this PlatformFactory factory, string principal, string title) =>
        factory.SucceedAsync(principal, "registerCase", new
        {
            petitioners = new[] { new { name = "王秀英", phone = "13800001234" } },
            headcount = 1,
            channel = "VISIT",
            receptionForm = "ON_SITE",
            category = "LABOR_WAGES",
            title,
            description = "来访反映用工单位拖欠工资。",
        });

    /// <summary>Runs the case mutation <paramref name="mutation"/>; its payload has <c>case</c> (<see cref="MutatedCase"/> and <paramref name="caseSelection"/>) and <c>errors</c>.</summary>
    public static Task<JsonNode> MutateAsync(
        this PlatformFactory factory, string principal, string mutation, object input, string caseSelection = "") =>
        factory.PayloadAsync(principal, mutation, input, $"case {{ {MutatedCase} {caseSelection} }}");

    /// <summary>A case mutation that must succeed; returns the case after it.</summary>
    public static async Task<JsonNode> SucceedAsync(
        this PlatformFactory factory, string principal, string mutation, object input, string caseSelection = "") =>
        (await factory.MutateAsync(principal, mutation, input, caseSelection)).Succeeded();

    /// <summary>Asserts that the payload has no errors and returns its case.</summary>
    public static JsonNode Succeeded(this JsonNode payload)
    {
        Assert.True(payload["errors"] is null, payload["errors"]?.ToJsonString());
        return payload["case"]!;
    }

    /// <summary>The code of the single error of a payload that must have failed without a case.</summary>
    public static string ErrorCode(this JsonNode payload)
    {
        Assert.Null(payload["case"]);
        return Assert.Single(payload["errors"]!.AsArray()).Str("code");
    }

    public static Task<JsonNode> AcceptAsync(this PlatformFactory factory, string principal, JsonNode @case) =>
        factory.SucceedAsync(principal, "acceptCase", new { caseId = @case.Id(), version = @case.Version() });

    public static Task<JsonNode> ResolveAsync(this PlatformFactory factory, string principal, JsonNode @case, string answer = "已协调物业修复楼道照明。") =>
        factory.SucceedAsync(principal, "resolveCase", new { caseId = @case.Id(), version = @case.Version(), answer });

    /// <summary>The input of <c>verifyCase</c> after a phone call with the petitioner.</summary>
    public static object Verification(JsonNode @case, string satisfaction) => new
    {
        caseId = @case.Id(),
        version = @case.Version(),
        handledPerNorm = true,
        measuresImplemented = true,
        problemSolved = satisfaction != "DISSATISFIED",
        citizenSatisfied = satisfaction != "DISSATISFIED",
        satisfaction,
        method = "PHONE",
        note = "电话回访信访人。",
    };

    /// <summary>A case by id as <paramref name="principal"/> sees it; fails when it is not visible.</summary>
    public static async Task<JsonNode> ReadAsync(this PlatformFactory factory, string principal, string id, string selection = "events { totalCount }")
    {
        var response = await factory.TryReadAsync(principal, id, selection);
        Assert.Null(response["errors"]);
        return response["data"]!["case"]!;
    }

    /// <summary><c>case(id)</c> as <paramref name="principal"/> asks for it; the whole response, errors included.</summary>
    public static Task<JsonObject> TryReadAsync(this PlatformFactory factory, string principal, string id, string selection = "") =>
        factory.AskAsync(principal, $$"""query Read($id: ID!) { case(id: $id) { id number version status {{selection}} } }""", new { id });

    /// <summary>The one case visible to <paramref name="principal"/> whose title starts with <paramref name="title"/>.</summary>
    public static async Task<JsonNode> FindAsync(this PlatformFactory factory, string principal, string title, string selection = "")
    {
        var response = await factory.AskAsync(principal, $$"""
            query Find($title: String!) {
              cases(where: { title: { startsWith: $title } }) {
                nodes { id number version status {{selection}} events { totalCount } }
              }
            }
            """, new { title });
        Assert.Null(response["errors"]);
        return Assert.Single(response["data"]!["cases"]!["nodes"]!.AsArray())!;
    }

    /// <summary>A case's events (kind, actor, actor's unit path, note, data), oldest first, within <paramref name="window"/>.</summary>
    public static async Task<JsonArray> EventsAsync(this PlatformFactory factory, string principal, string id, string window = "first: 100")
    {
        var response = await factory.AskAsync(principal, $$"""
            query Events($id: ID!) {
              case(id: $id) { events({{window}}) { nodes { kind actorName note data actorUnit { path } } } }
            }
            """, new { id });
        Assert.Null(response["errors"]);
        return response["data"]!["case"]!["events"]!["nodes"]!.AsArray();
    }

    /// <summary>The newest event of a case.</summary>
    public static async Task<JsonNode> LastEventAsync(this PlatformFactory factory, string principal, string id) =>
        (await factory.EventsAsync(principal, id, "last: 1"))[0]!;

    /// <summary>The ids of the cases in one of <paramref name="principal"/>'s queues; asserts that <c>totalCount</c> agrees.</summary>
    public static async Task<List<string>> QueueAsync(this PlatformFactory factory, string principal, string kind, string scope = "OWN")
    {
        var response = await factory.AskAsync(principal, """
            query Queue($kind: CaseQueueKind!, $scope: CaseQueueScope) {
              viewer { queue(kind: $kind, scope: $scope, first: 100) { totalCount nodes { id } } }
            }
            """, new { kind, scope });
        Assert.Null(response["errors"]);
        var queue = response["data"]!["viewer"]!["queue"]!;
        var ids = queue["nodes"]!.AsArray().Select(n => n.Id()).ToList();
        Assert.Equal(queue.Int("totalCount"), ids.Count);
        return ids;
    }

    /// <summary>The id of the unit at <paramref name="path"/>, as the city sees it.</summary>
    public static async Task<string> UnitIdAsync(this PlatformFactory factory, string path)
    {
        var response = await factory.AskAsync("sh.officer", """
            query Unit($path: String!) { units(where: { path: { eq: $path } }) { nodes { id } } }
            """, new { path });
        return response["data"]!["units"]!["nodes"]![0].Id();
    }

    public static List<string> EventKinds(this JsonNode @case) =>
        @case["events"]!["nodes"]!.AsArray().Select(e => e.Str("kind")).ToList();

    public static string HandlingPath(this JsonNode @case) => @case["handlingUnit"].Str("path");
}
