using GraphQL.Types;
using Platform.Api.GraphQL.Cases;
using Platform.Api.GraphQL.Common.Projection;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Webhooks;

public sealed class WebhookDeliveryType : ObjectGraphType<WebhookDelivery>
{
    public const string TypeName = "WebhookDelivery";

    public WebhookDeliveryType()
    {
        Name = TypeName;
        Description = "One case event posted (or to be posted) to a webhook, with its attempts so far.";
        Field<NonNullGraphType<IdGraphType>>("id").ResolveSource(x => GlobalId.Encode(TypeName, x.Id));
        Field<NonNullGraphType<StringGraphType>>("deliveryId")
            .Description("The Platform-Delivery header, the same on every attempt: a receiver keeps it to ignore repeats.")
            .Resolve(c => c.Source.Key.ToString("D"));
        Field<NonNullGraphType<CaseEventKindEnum>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<IdGraphType>>("caseId").ResolveSource(x => GlobalId.Encode(CaseType.TypeName, x.CaseId));
        Field<NonNullGraphType<WebhookDeliveryStatusEnum>>("status").Resolve(c => c.Source.Status);
        this.Property(d => d.Attempts).Description("Attempts made so far.");
        this.Property(d => d.CreatedAt);
        Field(d => d.LastAttemptAt, nullable: true);
        Field(d => d.NextAttemptAt, nullable: true).Description("When the next attempt is due; null once delivered or given up.");
        Field(d => d.LastStatusCode, nullable: true).Description("The HTTP status of the last answer; null when none came.");
        Field(d => d.LastError, nullable: true).Description("Why the last attempt failed: the status and the start of the answer, or the connection error.");
    }
}
