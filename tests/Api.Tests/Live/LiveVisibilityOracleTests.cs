using System.Text.Json.Nodes;
using Platform.Api.Tests.Infrastructure;
using Platform.Api.Tests.Tenancy;
using Xunit.Abstractions;

namespace Platform.Api.Tests.Live;

/// <summary>
/// Acceptance: over at least 1,000 random changes, no subscriber receives anything of a case it
/// cannot see; the oracle is <see cref="TenancyOracle"/>, computed from the raw rows.
/// </summary>
public sealed class LiveVisibilityOracleTests(PlatformFactory factory, ITestOutputHelper output) : IClassFixture<PlatformFactory>
{
    private static readonly string[] Subscribers = ["taopu.officer", "loupu.proxy", "ziteng.proxy", "changbai.officer", "antu.proxy", "yanghang.officer"];

    [Fact]
    public async Task RandomChanges_Should_NeverReach_ASubscriberWhoCannotSeeTheCase()
    {
        // arrange: each subscriber listens to two queues and to the events of three random cases, seen or not
        var oracle = await TenancyOracle.ForAsync(factory);
        var random = new Random(12);
        var cases = oracle.Cases.Where(c => c.Status is not (Data.Entities.CaseStatus.Closed or Data.Entities.CaseStatus.Withdrawn)).ToList();
        var versions = cases.ToDictionary(c => c.Id, c => c.Version);
        var clients = new Dictionary<string, LiveClient>();
        var scopes = new Dictionary<string, string>();
        foreach (var principal in Subscribers)
        {
            var client = await LiveClient.ConnectAsync(factory, principal);
            clients[principal] = client;
            scopes[principal] = await factory.ScopeOfAsync(principal);
            await client.SubscribeAsync("q1", "subscription { queueChanged(kind: IN_PROGRESS, scope: SUBTREE) { case { id } } }");
            await client.SubscribeAsync("q2", "subscription { queueChanged(kind: PENDING_ACCEPTANCE) { case { id } } }");
            for (var i = 0; i < 3; i++)
            {
                var id = TenancyOracle.IdOf("Case", cases[random.Next(cases.Count)].Id);
                await client.SubscribeAsync($"e{i}", "subscription($id: ID!) { caseEventAdded(caseId: $id) { id kind } }", new { id });
                await client.SubscribeAsync($"c{i}", "subscription($id: ID!) { caseChanged(id: $id) { id } }", new { id });
            }

            await client.SettledAsync();
        }

        using var writer = factory.CreateClient(await factory.TokenAsync("sh.officer"));

        // act: 1,000 notes and reminders on random open cases, by the city
        for (var i = 0; i < 1000; i++)
        {
            var @case = cases[random.Next(cases.Count)];
            var mutation = i % 5 == 0 && @case.Status is Data.Entities.CaseStatus.Registered or Data.Entities.CaseStatus.Accepted or Data.Entities.CaseStatus.InProgress
                ? "remindCase" : "addCaseNote";
            var response = await writer.PostGraphQLAsync(
                $$"""mutation($input: {{char.ToUpperInvariant(mutation[0]) + mutation[1..]}}Input!) { {{mutation}}(input: $input) { case { version } errors { __typename ... on Error { code } } } }""",
                new { input = new { caseId = TenancyOracle.IdOf("Case", @case.Id), version = versions[@case.Id], note = $"随机变更 {i}" } });
            versions[@case.Id] = response["data"]![mutation]!["case"]!.Int("version");
        }

        var received = new Dictionary<string, List<JsonNode>>();
        foreach (var (principal, client) in clients)
        {
            received[principal] = await DrainUntilQuietAsync(client);
            await client.DisposeAsync();
        }

        // assert
        var leaks = 0;
        foreach (var (principal, messages) in received)
        {
            foreach (var message in messages)
            {
                Assert.Equal("next", message.Str("type"));
                var data = message["payload"]!["data"]!.AsObject().Single().Value!;
                var caseId = data["case"]?["id"]?.GetValue<string>() ?? CaseOfSubscription(message, data);
                if (caseId is not null && !oracle.CanSeeCase(scopes[principal], Key(caseId)))
                {
                    leaks++;
                }
            }

            output.WriteLine($"{principal}: {messages.Count} messages");
        }

        Assert.Equal(0, leaks);
        Assert.True(received.Values.Sum(m => m.Count) > 100, "the subscribers heard of the changes they can see");
    }

    private static string? CaseOfSubscription(JsonNode message, JsonNode data) =>
        message.Str("id").StartsWith('c') ? data.Str("id") : null;

    private static int Key(string id) => int.Parse(System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(id)).Split(':')[1]);

    private static async Task<List<JsonNode>> DrainUntilQuietAsync(LiveClient client)
    {
        var messages = new List<JsonNode>();
        while (await client.ReceiveAsync(TimeSpan.FromSeconds(3)) is { } message)
        {
            messages.Add(message);
        }

        return messages;
    }
}
