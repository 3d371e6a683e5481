using System.Text;
using System.Text.Json.Nodes;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Tenancy;

/// <summary>
/// DESIGN §4 rule 4: event details never carry the id or name of a row hidden from the reader. A
/// reference in an entry's <c>data</c> is resolved through the reader's visibility when it is read;
/// one the reader cannot see is left out, so the entry reads as one that never had it.
/// </summary>
public sealed class EventDataVisibilityTests(HiddenReferencesPlatform platform) : IClassFixture<HiddenReferencesPlatform>
{
    private const string Timeline = """
        query Timeline($id: ID!) { case(id: $id) { events(first: 50) { nodes { kind data } } } }
        """;

    [Fact]
    public async Task CommitteeProxy_Should_Not_See_TheSuggestion_ItsCaseWasRegisteredFrom_WhenTheSuggestionIsHidden()
    {
        // arrange
        var node = await platform.Factory.AskAsync("ziteng.proxy", "query Read($id: ID!) { node(id: $id) { id } }", new { id = platform.SuggestionId });
        Assert.Equal(["NOT_FOUND"], node.ErrorCodes());

        // act
        var proxy = await platform.Factory.AskAsync("ziteng.proxy", Timeline, new { id = platform.ConvertedCaseId });
        var officer = await platform.Factory.AskAsync("taopu.officer", Timeline, new { id = platform.ConvertedCaseId });

        // assert
        Assert.Empty(proxy.ErrorCodes());
        Assert.DoesNotContain(platform.SuggestionId, proxy.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(
            new JsonObject { ["unit"] = HiddenReferencesPlatform.Ziteng, ["headcount"] = 1 }.ToJsonString(),
            Registered(proxy).ToJsonString());
        Assert.Equal(platform.SuggestionId, Registered(officer)["suggestion"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Principals.All), MemberType = typeof(Principals))]
    public async Task EventData_Should_Name_OnlyRowsTheReaderCanSee(string principal)
    {
        // arrange
        var oracle = await TenancyOracle.ForAsync(platform.Factory);
        var scope = await platform.Factory.ScopeOfAsync(principal);
        var visibleIds = oracle.NodeIds(scope).ToDictionary(n => n.Id, n => n.Visible);
        var hiddenNumbers = oracle.Cases.Where(c => !oracle.CanSeeCase(scope, c)).Select(c => c.Number).ToHashSet();

        // act
        var entries = new List<JsonNode>();
        entries.AddRange(await platform.Factory.AllNodesAsync(principal, "cases", "events(first: 100) { nodes { kind data } }", pageSize: 20));
        entries.AddRange(await platform.Factory.AllNodesAsync(principal, "mediationSessions", "history { kind data }"));
        entries.AddRange(await platform.Factory.AllNodesAsync(principal, "workrooms", "history { kind data }"));
        entries.AddRange(await platform.Factory.AllNodesAsync(principal, "campaigns", "history { kind data } suggestions(first: 50) { nodes { history { kind data } } }", pageSize: 1));

        // assert
        var values = entries.SelectMany(e => Strings(e, inData: false)).ToList();
        Assert.NotEmpty(values);
        Assert.All(values, value =>
        {
            Assert.False(NamesNode(value) && !visibleIds.GetValueOrDefault(value, true), $"{principal} reads the hidden {value}");
            Assert.DoesNotContain(value, hiddenNumbers);
        });
    }

    private static JsonNode Registered(JsonObject timeline) =>
        JsonNode.Parse(timeline["data"]!["case"]!["events"]!["nodes"]!.AsArray().Single(e => e.Str("kind") == "REGISTERED").Str("data"))!;

    /// <summary>Every string inside the <c>data</c> of the entries under <paramref name="node"/>.</summary>
    private static IEnumerable<string> Strings(JsonNode? node, bool inData) => node switch
    {
        JsonObject o => o.SelectMany(p => !inData && p.Key == "data" && p.Value is JsonValue v
            ? Strings(JsonNode.Parse(v.GetValue<string>()), inData: true)
            : Strings(p.Value, inData)),
        JsonArray a => a.SelectMany(n => Strings(n, inData)),
        JsonValue v when inData && v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    private static bool NamesNode(string value)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(value)).Contains(':', StringComparison.Ordinal);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
