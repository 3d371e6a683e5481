using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Platform.Api.GraphQL.Cases;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Paging;
using Platform.Api.GraphQL.Common.Projection;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Api.Webhooks;
using Platform.Workflow.Webhooks;

namespace Platform.Api.GraphQL.Webhooks;

/// <summary>A webhook as the client that owns it reads it; the workflow has checked the ownership before one reaches here.</summary>
public sealed class WebhookType : ObjectGraphType<WebhookSummary>
{
    public WebhookType()
    {
        Name = WebhookPayload.WebhookTypeName;
        Description = "A callback of a confidential client for case events its unit can see; only that client reads it. Never shows its secret.";
        Field<NonNullGraphType<IdGraphType>>("id").ResolveSource(x => GlobalId.Encode(Name, x.Id));
        this.Property(w => w.Url);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CaseEventKindEnum>>>>("kinds").Resolve(c => c.Source.Kinds);
        this.Property(w => w.Enabled).Description("False after repeated failed deliveries (or never); enableWebhook turns it on again.");
        this.Property(w => w.ConsecutiveFailures).Description("Deliveries that failed in a row.");
        this.Property(w => w.CreatedAt);
        Field(w => w.DisabledAt, nullable: true);
        this.ConnectionField<WebhookDeliveryType, WebhookSummary>("deliveries")
            .Description("The webhook's deliveries, newest first.")
            // One query per webhook: a client holds at most Webhooks:MaxPerClient of them.
            .PagingArguments()
            .ResolveAsync(async c => await EntityLoaders.FetchAsync(c, db => ConnectionBuilder.ToConnectionAsync(
                db.WebhookDeliveries.AsNoTracking().Where(d => d.WebhookId == c.Source.Id).OrderByDescending(d => d.Id),
                PageRequest.From(c),
                c.SelectsField("totalCount"),
                c.CancellationToken)));
    }
}
