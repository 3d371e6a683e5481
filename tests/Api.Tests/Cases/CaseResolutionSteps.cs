using System.Text.Json.Nodes;
using Platform.Api.Tests.Infrastructure;
using Platform.Api.Tests.Tenancy;

namespace Platform.Api.Tests.Cases;

/// <summary>The steps the resolution and queue tests take through GraphQL, with cached demo tokens.</summary>
public static class CaseResolutionSteps
{
    public const string CaseFields = "id version status reviewCount answer resolvedAt closedAt resolveDueAt";

    /// <summary>Registers a case in the caller's own unit and returns it.</summary>
    public static async Task<JsonNode> RegisterNewAsync(this PlatformFactory factory, string user, string title)
    {
        const string mutation = """
            mutation Register($input: RegisterCaseInput!) {
              registerCase(input: $input) { case { id version status } errors { ... on Error { code message } } }
            }
            """;
        var input = new
        {
            petitioners = new[] { new { name = "王建国", phone = "13800001234" } },
            headcount = 1,
            channel = "VISIT",
            receptionForm = "ON_SITE",
            category = "HOUSING",
            title,
            description = "居民来访反映楼道照明损坏。",
        };
        var payload = Payload(await factory.AskAsync(user, mutation, new { input }), "registerCase");
        Assert.Null(payload["errors"]);
        return payload["case"]!;
    }

    /// <summary>Runs a case mutation whose input is <paramref name="input"/> and returns its payload.</summary>
    public static async Task<JsonNode> ChangeAsync(this PlatformFactory factory, string user, string mutation, object input)
    {
        var inputType = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        var query = $$"""
            mutation Change($input: {{inputType}}!) {
              {{mutation}}(input: $input) {
                case { {{CaseFields}} }
                errors { __typename ... on Error { code message } ... on InvalidTransitionError { currentStatus } ... on ValidationError { field } }
              }
            }
            """;
        return Payload(await factory.AskAsync(user, query, new { input }), mutation);
    }

    /// <summary>Runs a case mutation that must succeed and returns the case after it.</summary>
    public static async Task<JsonNode> ChangeOkAsync(this PlatformFactory factory, string user, string mutation, object input)
    {
        var payload = await factory.ChangeAsync(user, mutation, input);
        Assert.Null(payload["errors"]);
        return payload["case"]!;
    }

    public static async Task<JsonNode> AcceptAsync(this PlatformFactory factory, string user, JsonNode @case) =>
        await factory.ChangeOkAsync(user, "acceptCase", new { caseId = Id(@case), version = Version(@case) });

    public static async Task<JsonNode> ResolveAsync(this PlatformFactory factory, string user, JsonNode @case, string answer = "已协调物业修复楼道照明。") =>
        await factory.ChangeOkAsync(user, "resolveCase", new { caseId = Id(@case), version = Version(@case), answer });

    public static object Verification(JsonNode @case, string satisfaction) => new
    {
        caseId = Id(@case),
        version = Version(@case),
        handledPerNorm = true,
        measuresImplemented = true,
        problemSolved = satisfaction != "DISSATISFIED",
        citizenSatisfied = satisfaction != "DISSATISFIED",
        satisfaction,
        method = "PHONE",
        note = "电话回访信访人。",
    };

    /// <summary>The case's timeline, oldest first.</summary>
    public static async Task<JsonArray> EventsAsync(this PlatformFactory factory, string user, JsonNode @case)
    {
        const string query = """
            query Events($id: ID!) {
              case(id: $id) { events(first: 100) { nodes { kind actorName note data actorUnit { path } } } }
            }
            """;
        var response = await factory.AskAsync(user, query, new { id = Id(@case) });
        Assert.Null(response["errors"]);
        return response["data"]!["case"]!["events"]!["nodes"]!.AsArray();
    }

    /// <summary>The ids of the cases in one of the caller's queues.</summary>
    public static async Task<List<string>> QueueAsync(this PlatformFactory factory, string user, string kind)
    {
        const string query = """
            query Queue($kind: CaseQueueKind!) {
              viewer { queue(kind: $kind, first: 100) { totalCount nodes { id } } }
            }
            """;
        var response = await factory.AskAsync(user, query, new { kind });
        Assert.Null(response["errors"]);
        var queue = response["data"]!["viewer"]!["queue"]!;
        var ids = queue["nodes"]!.AsArray().Select(n => n.Str("id")).ToList();
        Assert.Equal(queue["totalCount"]!.GetValue<int>(), ids.Count);
        return ids;
    }

    public static string Id(JsonNode @case) => @case.Str("id");

    public static int Version(JsonNode @case) => @case["version"]!.GetValue<int>();

    private static JsonNode Payload(JsonObject response, string field)
    {
        Assert.True(response["errors"] is null, response.ToJsonString());
        return response["data"]![field]!;
    }
}
