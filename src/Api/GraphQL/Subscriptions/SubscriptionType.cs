using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Api.GraphQL.Cases;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Api.Live;
using Platform.Api.Tenancy;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Subscriptions;

/// <summary>
/// Live changes over WebSocket (<c>graphql-transport-ws</c>). Each event is read through the
/// subscriber's tenant filter when it is delivered: a change the subscriber cannot see after it is
/// never sent.
/// </summary>
public sealed class SubscriptionType : ObjectGraphType
{
    public SubscriptionType()
    {
        Name = "Subscription";

        Field<CaseType>("caseChanged")
            .Description("The case after each change, while the caller can see it.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveStreamAsync(c => LiveRegistration.StreamAsync(c, () =>
                Task.FromResult<ILiveSubscription>(new CaseChangedSubscription(CaseKey(c, "id"), events: false))))
            .Resolve(c => EntityLoaders.ById<Case>(c, (int)c.Source!, GraphTypes.Complex(c.FieldDefinition.ResolvedType)));

        Field<CaseEventType>("caseEventAdded")
            .Description("Each new timeline entry of the case, while the caller can see it.")
            .Argument<NonNullGraphType<IdGraphType>>("caseId")
            .ResolveStreamAsync(c => LiveRegistration.StreamAsync(c, () =>
                Task.FromResult<ILiveSubscription>(new CaseChangedSubscription(CaseKey(c, "caseId"), events: true))))
            .Resolve(c => EntityLoaders.ById<CaseEvent>(c, (int)c.Source!, GraphTypes.Complex(c.FieldDefinition.ResolvedType)));

        Field<QueueChangeType>("queueChanged")
            .Description("Each change of a case that is in the caller's queue of this kind after the change, or was in it before (then without the case).")
            .Argument<NonNullGraphType<CaseQueueKindEnum>>("kind")
            .Argument<CaseQueueScopeEnum>("scope", "Which units' work the queue covers; OWN by default.")
            .ResolveStreamAsync(c => LiveRegistration.StreamAsync(c, () => QueueAsync(c)))
            .Resolve(c => c.Source);
    }

    private static int CaseKey(IResolveFieldContext context, string argument) =>
        GlobalId.DecodeKey(context.GetArgument<string>(argument), CaseType.TypeName) ?? 0;

    private static async Task<ILiveSubscription> QueueAsync(IResolveFieldContext context)
    {
        var services = context.RequestServices!;
        var kind = context.GetArgument<CaseQueueKind>("kind");
        var holder = await CaseQueueFields.HolderAsync(context, services.GetRequiredService<CurrentPrincipal>());
        var remember = services.GetRequiredService<IOptions<LiveOptions>>().Value.MaxRememberedCases;
        var predicate = CaseQueues.For(kind, holder, CaseDeadlines.Now(services), CaseDeadlines.DueSoonDays(services));
        var inQueue = await EntityLoaders.FetchAsync(context, db =>
            db.Cases.AsNoTracking().Where(predicate).Select(x => x.Id).Take(remember).ToListAsync(context.CancellationToken));
        return new QueueChangedSubscription(kind, holder, inQueue, remember);
    }
}
