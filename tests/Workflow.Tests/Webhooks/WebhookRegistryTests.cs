using Microsoft.EntityFrameworkCore;
using Platform.Data.Entities;
using Platform.Data.Tenancy;
using Platform.Identity;
using Platform.Workflow.Common;
using Platform.Workflow.Tests.Infrastructure;
using Platform.Workflow.Webhooks;

namespace Platform.Workflow.Tests.Webhooks;

/// <summary>The registry's rules with the production defaults: https only, public addresses only.</summary>
public sealed class WebhookRegistryTests(WorkflowDatabase database) : IClassFixture<WorkflowDatabase>
{
    private const string PublicUrl = "https://93.184.216.34/hooks/platform";

    [Fact]
    public async Task Person_Should_NotRegister_AWebhook()
    {
        // arrange
        var (registry, actor) = database.As<WebhookRegistry>("putuo.officer");

        // act + assert
        await Assert.ThrowsAsync<NotAuthorizedException>(() =>
            registry.RegisterAsync(actor, new RegisterWebhookCommand(PublicUrl, [CaseEventKind.NoteAdded])));
    }

    [Fact]
    public async Task Client_Should_Register_WithTheSecretEncryptedAtRest()
    {
        // arrange
        var actor = Client("putuo-crm", "/sh/putuo/");

        // act
        var registered = await database.For<WebhookRegistry>(actor).RegisterAsync(actor, new RegisterWebhookCommand(PublicUrl, [CaseEventKind.Closed, CaseEventKind.Accepted]));

        // assert
        await using var db = database.Read();
        var stored = await db.Database.SqlQuery<string>($"SELECT Secret AS Value FROM Webhooks WHERE Id = {registered.Webhook.Id}").SingleAsync();
        Assert.StartsWith("pii1:", stored);
        Assert.DoesNotContain(registered.Secret, stored);
        Assert.Equal([CaseEventKind.Accepted, CaseEventKind.Closed], registered.Webhook.Kinds);
        var hook = await db.Webhooks.SingleAsync(w => w.Id == registered.Webhook.Id);
        Assert.Equal(("putuo-crm", "/sh/putuo/", registered.Secret), (hook.ClientId, hook.UnitPath, hook.Secret));
    }

    [Theory]
    [InlineData("http://93.184.216.34/hook", "'url' must use https.")]
    [InlineData("https://127.0.0.1/hook", "'url' must resolve to public addresses only (no loopback or private networks).")]
    [InlineData("https://10.1.2.3/hook", "'url' must resolve to public addresses only (no loopback or private networks).")]
    [InlineData("https://192.168.0.5/hook", "'url' must resolve to public addresses only (no loopback or private networks).")]
    [InlineData("https://[::1]/hook", "'url' must resolve to public addresses only (no loopback or private networks).")]
    [InlineData("https://user:pw@93.184.216.34/hook", "'url' must carry no user name, password or fragment.")]
    [InlineData("not a url", "'url' must be an absolute http(s) URL.")]
    public async Task CallbackUrl_Should_BeRefused_InProduction(string url, string message)
    {
        // arrange
        var actor = Client("putuo-crm", "/sh/putuo/");

        // act
        var refused = await Assert.ThrowsAsync<InvalidInputException>(() =>
            database.For<WebhookRegistry>(actor).RegisterAsync(actor, new RegisterWebhookCommand(url, [])));

        // assert: both fields at once
        Assert.Equal([("kinds", "'kinds' must name at least one case event kind."), ("url", message)],
            refused.Errors.Cast<FieldError>().Select(e => (e.Field, e.Message)).Order());
    }

    [Fact]
    public async Task AnotherClientsWebhook_Should_BeNotFound()
    {
        // arrange
        var owner = Client("putuo-owner", "/sh/putuo/");
        var other = Client("putuo-other", "/sh/putuo/");
        var registered = await database.For<WebhookRegistry>(owner).RegisterAsync(owner, new RegisterWebhookCommand(PublicUrl, [CaseEventKind.Closed]));
        var registry = database.For<WebhookRegistry>(other);

        // act + assert
        Assert.Null(await registry.FindAsync(other, registered.Webhook.Id));
        Assert.Empty(await registry.ListAsync(other));
        await Assert.ThrowsAsync<NotFoundException>(() => registry.EnableAsync(other, registered.Webhook.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => registry.DeleteAsync(other, registered.Webhook.Id));
        Assert.NotNull(await database.For<WebhookRegistry>(owner).FindAsync(owner, registered.Webhook.Id));
    }

    private Actor Client(string clientId, string unitPath) =>
        new(clientId, clientId, database.UnitIdOf(unitPath), TenantScope.For(unitPath), [], [PlatformScopes.Read]) { IsClient = true };
}
