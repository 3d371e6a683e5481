using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Api.Tests.Cases;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Live;

/// <summary>Acceptance: the npm <c>graphql-ws</c> client (tests/js/subscribe.mjs) subscribes over a real socket and receives the events.</summary>
public sealed class GraphQLWsClientTests : IDisposable
{
    private readonly PlatformFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task GraphQLWsClient_Should_ReceiveCaseEvents_AsTheyHappen()
    {
        // arrange
        var address = factory.ListenOnLoopback();
        await GraphQLJs.EnsureRestoredAsync();
        var registered = await factory.RegisterAsync("loupu.proxy", "口袋公园建设建议（graphql-ws）");
        var url = new UriBuilder(address) { Scheme = "ws", Path = "/graphql" }.Uri.ToString();
        var start = new ProcessStartInfo("node") { WorkingDirectory = GraphQLJs.Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
        {
            "subscribe.mjs", url, "subscription($id: ID!) { caseEventAdded(caseId: $id) { kind note } }",
            JsonSerializer.Serialize(new { id = registered.Id() }), "2",
        })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PLATFORM_TOKEN"] = await factory.TokenAsync("loupu.proxy");
        using var node = Process.Start(start)!;
        var connected = await node.StandardOutput.ReadLineAsync();
        await Task.Delay(500);

        // act
        var accepted = await factory.AcceptAsync("taopu.officer", registered);
        await factory.SucceedAsync("taopu.officer", "addCaseNote", new { caseId = accepted.Id(), version = accepted.Version(), note = "已约谈物业。" });
        var output = await node.StandardOutput.ReadToEndAsync();
        await node.WaitForExitAsync();

        // assert
        Assert.True(node.ExitCode == 0, await node.StandardError.ReadToEndAsync());
        Assert.Contains("connected", connected);
        var events = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!["data"]!["caseEventAdded"]!).ToList();
        Assert.Equal(["ACCEPTED", "NOTE_ADDED"], events.Select(e => e.Str("kind")));
    }
}
