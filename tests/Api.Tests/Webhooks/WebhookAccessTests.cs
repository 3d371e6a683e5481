using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Webhooks;

/// <summary>Webhooks belong to confidential clients: a person cannot have one, and a client sees only its own.</summary>
public sealed class WebhookAccessTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static readonly Uri Callback = new("http://127.0.0.1:9/hook");

    [Fact]
    public async Task UserToken_Should_NotRegister_NorList_Webhooks()
    {
        // act
        var payload = await factory.PayloadAsync("putuo.officer", "registerWebhook", new { url = Callback.ToString(), kinds = new[] { "NOTE_ADDED" } }, WebhookSteps.Hook);
        var listed = await factory.AskAsync("putuo.officer", "{ webhooks { id } }");

        // assert
        Assert.Null(payload["webhook"]);
        Assert.Equal("AUTH_NOT_AUTHORIZED", Assert.Single(payload["errors"]!.AsArray()).Str("code"));
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], listed.ErrorCodes());
    }

    [Fact]
    public async Task Client_Should_NotSee_NorChange_AnotherClientsWebhook()
    {
        // arrange: a second confidential client, bound to 桃浦
        var client = await factory.PayloadAsync("putuo.admin", "registerClient", new
        {
            clientId = "taopu-hooks", displayName = "桃浦对接", confidential = true,
            unitId = await UnitIdAsync("/sh/putuo/taopu/"), scopes = new[] { "platform.read" },
        }, "clientSecret");
        var token = await factory.GetClientTokenAsync("taopu-hooks", client.Str("clientSecret"));
        var owned = await factory.RegisterHookAsync(GraphQLClient.Integration, Callback, "NOTE_ADDED");
        var id = owned["webhook"].Id();
        using var other = factory.CreateClient(token);

        // act
        var seen = await other.PostGraphQLAsync("query($id: ID!) { webhooks { id } webhook(id: $id) { id } }", new { id });
        var deleted = await other.PostGraphQLAsync("""
            mutation($input: DeleteWebhookInput!) { deleteWebhook(input: $input) { webhook { id } errors { ... on Error { code } } } }
            """, new { input = new { id } });
        var enabled = await other.PostGraphQLAsync("""
            mutation($input: EnableWebhookInput!) { enableWebhook(input: $input) { webhook { id } errors { ... on Error { code } } } }
            """, new { input = new { id } });
        var mine = await factory.AskAsync(GraphQLClient.Integration, "{ webhooks { id } }");

        // assert
        Assert.Empty(seen["data"]!["webhooks"]!.AsArray());
        Assert.Null(seen["data"]!["webhook"]);
        Assert.Equal("NOT_FOUND", deleted["data"]!["deleteWebhook"]!["errors"]![0].Str("code"));
        Assert.Equal("NOT_FOUND", enabled["data"]!["enableWebhook"]!["errors"]![0].Str("code"));
        Assert.Contains(mine["data"]!["webhooks"]!.AsArray(), h => h.Id() == id);
    }

    [Fact]
    public async Task InvalidUrl_And_NoKinds_Should_BeFieldErrors()
    {
        // act
        var payload = await factory.PayloadAsync(GraphQLClient.Integration, "registerWebhook", new { url = "ftp://example/hook", kinds = Array.Empty<string>() }, WebhookSteps.Hook);

        // assert
        Assert.Null(payload["webhook"]);
        var errors = payload["errors"]!.AsArray();
        Assert.Equal(["kinds", "url"], errors.Select(e => e.Str("field")).Order());
        Assert.All(errors, e => Assert.Equal("VALIDATION", e.Str("code")));
    }

    [Fact]
    public async Task Secret_Should_BeShownOnce_AndNeverReadBack()
    {
        // act
        var registered = await factory.RegisterHookAsync(GraphQLClient.Integration, Callback, "CLOSED");
        var type = await factory.AskAsync(GraphQLClient.Integration, """{ __type(name: "Webhook") { fields { name } } }""");

        // assert
        Assert.StartsWith("whsec_", registered.Str("secret"));
        Assert.DoesNotContain(type["data"]!["__type"]!["fields"]!.AsArray(), f => f.Str("name").Contains("secret", StringComparison.OrdinalIgnoreCase));
    }

    private async Task<string> UnitIdAsync(string path)
    {
        var response = await factory.AskAsync("putuo.admin", "query($path: String!) { units(where: { path: { eq: $path } }) { nodes { id } } }", new { path });
        return response["data"]!["units"]!["nodes"]![0].Id();
    }
}
