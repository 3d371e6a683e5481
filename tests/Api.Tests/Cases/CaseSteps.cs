using System.Text.Json.Nodes;
using Platform.Api.Tests.Infrastructure;
using Platform.Api.Tests.Tenancy;

namespace Platform.Api.Tests.Cases;

/// <summary>Finding demo cases and running case mutations through HTTP as demo accounts.</summary>
public static class CaseSteps
{
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

    /// <summary>A case by id as <paramref name="principal"/> sees it, with its version and event count.</summary>
    public static async Task<JsonNode> ReadAsync(this PlatformFactory factory, string principal, string id, string selection = "")
    {
        var response = await factory.AskAsync(principal, $$"""
            query Read($id: ID!) {
              case(id: $id) { id number version status {{selection}} events { totalCount } }
            }
            """, new { id });
        Assert.Null(response["errors"]);
        return response["data"]!["case"]!;
    }

    /// <summary>Runs <paramref name="mutation"/> (its input type is <c>&lt;Mutation&gt;Input</c>) and returns its payload.</summary>
    public static async Task<JsonNode> MutateAsync(
        this PlatformFactory factory, string principal, string mutation, object input, string caseSelection = "")
    {
        var inputType = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        var response = await factory.AskAsync(principal, $$"""
            mutation Change($input: {{inputType}}!) {
              payload: {{mutation}}(input: $input) {
                case { id number version status {{caseSelection}} }
                errors { __typename ... on Error { code message } ... on ValidationError { field } }
              }
            }
            """, new { input });
        Assert.Null(response["errors"]);
        return response["data"]!["payload"]!;
    }

    /// <summary>The code of the payload's single error.</summary>
    public static string ErrorCode(this JsonNode payload) =>
        Assert.Single(payload["errors"]!.AsArray())!["code"]!.GetValue<string>();

    /// <summary>Asserts that the payload has no errors and returns its case.</summary>
    public static JsonNode Succeeded(this JsonNode payload)
    {
        Assert.True(payload["errors"] is null, payload["errors"]?.ToJsonString());
        return payload["case"]!;
    }

    /// <summary>Registers a one-petitioner case in <paramref name="principal"/>'s own unit and returns it.</summary>
    public static async Task<JsonNode> RegisterAsync(this PlatformFactory factory, string principal, string title)
    {
        var payload = await factory.MutateAsync(principal, "registerCase", new
        {
            petitioners = new[] { new { name = "李建国" } },
            headcount = 1,
            channel = "VISIT",
            receptionForm = "ON_SITE",
            category = "TRANSPORT",
            title,
            description = "居民反映小区门口公交站台被占用。",
        });
        return payload.Succeeded();
    }

    public static int Int(this JsonNode? node, string property) => node![property]!.GetValue<int>();

    /// <summary>The newest event of a case (kind, actor's unit path, note, data).</summary>
    public static async Task<JsonNode> LastEventAsync(this PlatformFactory factory, string principal, string id)
    {
        var response = await factory.AskAsync(principal, """
            query Last($id: ID!) {
              case(id: $id) { events(last: 1) { nodes { kind actorName actorUnit { path } note data } } }
            }
            """, new { id });
        Assert.Null(response["errors"]);
        return response["data"]!["case"]!["events"]!["nodes"]![0]!;
    }
}
