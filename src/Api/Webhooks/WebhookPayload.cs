using System.Globalization;
using System.Text.Json;
using Platform.Api.GraphQL.Cases;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Data.Entities;
using Platform.Data.Events;

namespace Platform.Api.Webhooks;

/// <summary>
/// The JSON body of a delivery: which case changed and how, by opaque id, number and status. It
/// carries no note, detail or personal data: a receiver that wants more asks the API with its own
/// token, and reads exactly what its client may see.
/// </summary>
public static class WebhookPayload
{
    /// <summary>The global id type of a webhook (<c>Webhook:key</c>), as the API names it.</summary>
    public const string WebhookTypeName = "Webhook";

    public static string Build(Guid deliveryKey, int webhookId, VisibleEvent change) =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["id"] = deliveryKey.ToString("D"),
            ["webhookId"] = GlobalId.Encode(WebhookTypeName, webhookId),
            ["kind"] = EnumNames.Constant(change.Kind),
            ["occurredAt"] = change.OccurredAt.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            ["caseEventId"] = GlobalId.Encode(CaseEventType.TypeName, change.EventId),
            ["case"] = new Dictionary<string, object?>
            {
                ["id"] = GlobalId.Encode(CaseType.TypeName, change.CaseId),
                ["number"] = change.CaseNumber,
                ["status"] = EnumNames.Constant(change.CaseStatus),
            },
        });

    /// <summary>A case event as the hook's unit sees it after the change.</summary>
    public sealed record VisibleEvent(int EventId, int CaseId, CaseEventKind Kind, DateTime OccurredAt, string CaseNumber, CaseStatus CaseStatus);
}
