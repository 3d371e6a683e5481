using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Webhooks;

public sealed class RegisterWebhookInput
{
    public string Url { get; set; } = "";

    public List<CaseEventKind> Kinds { get; set; } = [];
}
