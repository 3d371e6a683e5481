using System.Text.Json.Nodes;
using Platform.Api.Tests.Infrastructure;
using Platform.Api.Tests.Tenancy;

namespace Platform.Api.Tests.Cases;

/// <summary>The steps of the sharing tests: a fresh case, a unit's id, a sharing mutation and a look at the case.</summary>
internal static class SharingSteps
{
    public const string CaseSelection = """
        id number status version acceptedAt resolveDueAt
        ownerUnit { path }
        handlingUnit { path }
        shares { kind status reason responseReason targetUnit { path } fromUnit { path } }
        events(first: 100) { totalCount nodes { kind note data actorUnit { path } } }
        """;

    private const string PayloadSelection = """
        case { id status version handlingUnit { path } }
        errors { __typename ... on Error { code message } ... on ValidationError { field } ... on InvalidTransitionError { currentStatus } }
        """;

    /// <summary>Registers a case in the principal's own unit; returns its id, number and version.</summary>
    public static async Task<(string Id, string Number, int Version)> RegisterCaseAsync(this PlatformFactory factory, string principal, string title)
    {
        const string mutation = """
            mutation Register($input: RegisterCaseInput!) {
              registerCase(input: $input) { case { id number version } errors { ... on Error { code message } } }
            }
            """;
        var input = new
        {
            petitioners = new[] { new { name = "王秀英", phone = "13800001234" } },
            headcount = 1,
            channel = "VISIT",
            receptionForm = "ON_SITE",
            category = "LABOR_WAGES",
            title,
            description = "来访反映用工单位拖欠工资。",
        };
        var response = await factory.AskAsync(principal, mutation, new { input });
        Assert.True(response["errors"] is null, response["errors"]?.ToJsonString());
        var payload = response["data"]!["registerCase"]!;
        Assert.Null(payload["errors"]);
        var @case = payload["case"]!;
        return (@case.Str("id"), @case.Str("number"), @case["version"]!.GetValue<int>());
    }

    public static async Task<string> UnitIdAsync(this PlatformFactory factory, string path)
    {
        const string query = """
            query Unit($path: String!) { units(where: { path: { eq: $path } }) { nodes { id } } }
            """;
        var response = await factory.AskAsync("sh.officer", query, new { path });
        return response["data"]!["units"]!["nodes"]![0].Str("id");
    }

    /// <summary>Runs a case mutation and returns its payload (<c>case</c> and <c>errors</c>); no top-level errors allowed.</summary>
    public static async Task<JsonNode> ShareAsync(this PlatformFactory factory, string principal, string mutation, object input)
    {
        var typeName = char.ToUpperInvariant(mutation[0]) + mutation[1..];
        var query = $$"""
            mutation Change($input: {{typeName}}Input!) { payload: {{mutation}}(input: $input) { {{PayloadSelection}} } }
            """;
        var response = await factory.AskAsync(principal, query, new { input });
        Assert.True(response["errors"] is null, response["errors"]?.ToJsonString());
        return response["data"]!["payload"]!;
    }

    /// <summary>A mutation that must succeed; returns the case after it.</summary>
    public static async Task<JsonNode> SucceedAsync(this PlatformFactory factory, string principal, string mutation, object input)
    {
        var payload = await factory.ShareAsync(principal, mutation, input);
        Assert.True(payload["errors"] is null, payload["errors"]?.ToJsonString());
        return payload["case"]!;
    }

    /// <summary>The single error code of a payload that must have failed without a case.</summary>
    public static string ShareErrorCode(this JsonNode payload)
    {
        Assert.Null(payload["case"]);
        return Assert.Single(payload["errors"]!.AsArray())!.Str("code");
    }

    /// <summary>The case as <paramref name="principal"/> sees it through <c>case(id)</c>; the whole response.</summary>
    public static Task<JsonObject> CaseAsync(this PlatformFactory factory, string principal, string id) =>
        factory.AskAsync(principal, $$"""query Case($id: ID!) { case(id: $id) { {{CaseSelection}} } }""", new { id });

    /// <summary>The case as <paramref name="principal"/> sees it; fails when it is not visible.</summary>
    public static async Task<JsonNode> VisibleCaseAsync(this PlatformFactory factory, string principal, string id)
    {
        var response = await factory.CaseAsync(principal, id);
        Assert.Null(response["errors"]);
        return response["data"]!["case"]!;
    }

    public static List<string> EventKinds(this JsonNode @case) =>
        @case["events"]!["nodes"]!.AsArray().Select(e => e.Str("kind")).ToList();

    public static string HandlingPath(this JsonNode @case) => @case["handlingUnit"].Str("path");

    public static int Version(this JsonNode @case) => @case["version"]!.GetValue<int>();
}
