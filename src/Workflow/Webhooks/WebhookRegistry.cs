using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Data.Entities;
using Platform.Identity;
using Platform.Workflow.Common;

namespace Platform.Workflow.Webhooks;

/// <summary>
/// A confidential client's webhooks: registered, listed, re-enabled and deleted by the client that
/// owns them only. Another client's webhook, like one that does not exist, is NOT_FOUND.
/// </summary>
public sealed class WebhookRegistry(ChangeRunner runner, IOptions<WebhookOptions> options)
{
    public const string TheWebhook = "The webhook";

    /// <summary>Registers a callback for the given case event kinds, seen with the client's unit; returns it with its secret, shown once.</summary>
    public Task<RegisteredWebhook> RegisterAsync(Actor actor, RegisterWebhookCommand command, CancellationToken cancellationToken = default) =>
        runner.RunAsync(actor, async change =>
        {
            RequireClient(actor);
            var check = new InputValidator();
            var url = check.Text("url", command.Url, CallbackUrls.MaxLength);
            if (url.Length > 0 && await CallbackUrls.ProblemAsync(url, options.Value, cancellationToken) is { } problem)
            {
                check.Add("url", problem);
            }

            if (command.Kinds is not { Count: > 0 })
            {
                check.Add("kinds", "'kinds' must name at least one case event kind.");
            }

            check.ThrowIfInvalid();
            if (await change.Db.Webhooks.CountAsync(w => w.ClientId == actor.Subject, cancellationToken) >= options.Value.MaxPerClient)
            {
                throw new InvalidInputException("url", $"A client may hold at most {options.Value.MaxPerClient} webhooks; delete one first.");
            }

            var hook = new Webhook
            {
                ClientId = actor.Subject,
                UnitPath = actor.UnitPath,
                Url = url,
                Kinds = WebhookKinds.Format(command.Kinds!),
                Secret = WebhookSignature.NewSecret(),
                StartPosition = await change.Db.OutboxEvents.MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0,
                CreatedAt = change.Now,
            };
            change.Db.Webhooks.Add(hook);
            await change.SaveAsync();
            return new RegisteredWebhook(WebhookSummary.Of(hook), hook.Secret);
        }, cancellationToken);

    /// <summary>The actor's own webhooks, oldest first.</summary>
    public Task<IReadOnlyList<WebhookSummary>> ListAsync(Actor actor, CancellationToken cancellationToken = default) =>
        runner.RunAsync<IReadOnlyList<WebhookSummary>>(actor, async change =>
        {
            RequireClient(actor);
            var hooks = await change.Db.Webhooks.AsNoTracking().Where(w => w.ClientId == actor.Subject).OrderBy(w => w.Id).ToListAsync(cancellationToken);
            return [.. hooks.Select(WebhookSummary.Of)];
        }, cancellationToken);

    /// <summary>One of the actor's webhooks; null when it is not the actor's.</summary>
    /// <remarks>
    /// Webhooks carry no tenant filter: a hook belongs to one client, not to a unit's records, so every
    /// read matches the client id as well as the key (WebhookAccessTests: another client's hook is null).
    /// </remarks>
    public Task<WebhookSummary?> FindAsync(Actor actor, int id, CancellationToken cancellationToken = default) =>
        runner.RunAsync(actor, async change =>
        {
            RequireClient(actor);
            var hook = await change.Db.Webhooks.AsNoTracking().SingleOrDefaultAsync(w => w.Id == id && w.ClientId == actor.Subject, cancellationToken);
            return hook is null ? null : WebhookSummary.Of(hook);
        }, cancellationToken);

    /// <summary>Enables a webhook again (after repeated failures disabled it), with its failure count reset.</summary>
    public Task<WebhookSummary> EnableAsync(Actor actor, int id, CancellationToken cancellationToken = default) =>
        runner.RunAsync(actor, async change =>
        {
            var hook = await OwnAsync(change, id);
            hook.Enabled = true;
            hook.ConsecutiveFailures = 0;
            hook.DisabledAt = null;
            await change.SaveAsync();
            return WebhookSummary.Of(hook);
        }, cancellationToken);

    /// <summary>Deletes a webhook with its deliveries; nothing more is posted to it.</summary>
    public Task<WebhookSummary> DeleteAsync(Actor actor, int id, CancellationToken cancellationToken = default) =>
        runner.RunAsync(actor, async change =>
        {
            var hook = await OwnAsync(change, id);
            change.Db.Webhooks.Remove(hook);
            await change.SaveAsync();
            return WebhookSummary.Of(hook);
        }, cancellationToken);

    private static async Task<Webhook> OwnAsync(Change change, int id)
    {
        RequireClient(change.Actor);
        return await change.Db.Webhooks.SingleOrDefaultAsync(w => w.Id == id && w.ClientId == change.Actor.Subject, change.CancellationToken)
            ?? throw new NotFoundException(TheWebhook);
    }

    /// <summary>Webhooks belong to confidential clients (client credentials) that may read cases; a person's token is refused.</summary>
    private static void RequireClient(Actor actor)
    {
        if (!actor.IsClient || !actor.HasScope(PlatformScopes.Read))
        {
            throw new NotAuthorizedException("Only a confidential client holding 'platform.read' (client credentials) has webhooks.");
        }
    }
}
