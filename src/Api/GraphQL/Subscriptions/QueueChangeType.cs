using GraphQL.Types;
using Platform.Api.GraphQL.Cases;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Subscriptions;

public sealed class QueueChangeType : ObjectGraphType<QueueChange>
{
    public QueueChangeType()
    {
        Name = "QueueChange";
        Description = "A change to one of the caller's queues.";
        Field<NonNullGraphType<CaseQueueKindEnum>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<CaseQueueCountsType>>("counts")
            .Description("The caller's queue counts after the change, with the subscription's scope.")
            .ResolveAsync(async c => await EntityLoaders.FetchAsync(c, db =>
                CaseQueues.CountAsync(db, c.Source.Holder, CaseDeadlines.Now(c.RequestServices!), CaseDeadlines.DueSoonDays(c.RequestServices!), c.CancellationToken)));
        Field<CaseType>("case")
            .Description("The changed case, when it is in the queue after the change; null when it left the queue.")
            .Resolve(c => c.Source.CaseKey is { } key ? EntityLoaders.ById<Case>(c, key, GraphTypes.Complex(c.FieldDefinition.ResolvedType)) : null);
        Field<IdGraphType>("removedCaseId")
            .Description("The id of the case that left the queue with this change, while the caller can still see it; null otherwise.")
            .Resolve(c => c.Source.RemovedCaseKey is { } key ? GlobalId.Encode(CaseType.TypeName, key) : null);
    }
}
