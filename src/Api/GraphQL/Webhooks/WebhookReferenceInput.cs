namespace Platform.Api.GraphQL.Webhooks;

public sealed class WebhookReferenceInput
{
    public string Id { get; set; } = "";
}
