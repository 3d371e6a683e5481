using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Paging;
using Platform.Api.Tenancy;
using Platform.Data;
using Platform.Workflow.Cases;

namespace Platform.Api.GraphQL.Cases;

/// <summary>The caller's work queues on <c>Viewer</c>: <c>queue(kind:)</c> and <c>queueCounts</c>.</summary>
public static class CaseQueueFields
{
    public static void AddCaseQueueFields(this ObjectGraphType<CurrentPrincipal> viewer)
    {
        viewer.ConnectionField<CaseType, CurrentPrincipal>("queue")
            .Description("A work queue of the caller's own unit (not its descendants); filtered, sorted and paged like `cases`. Deadline queues list the most urgent first, the others the oldest first, unless ordered otherwise.")
            .Argument<NonNullGraphType<CaseQueueKindEnum>>("kind")
            .Argument<CaseFilterInputType>("where")
            .Argument<ListGraphType<NonNullGraphType<CaseSortInputType>>>("order")
            .PagingArguments()
            .ResolveAsync(async c =>
            {
                var kind = c.GetArgument<CaseQueueKind>("kind");
                var (now, dueSoonDays) = Deadlines(c);
                var predicate = CaseQueues.For(kind, c.Source.UnitPath ?? "", now, dueSoonDays);
                return await Connections.ResolveAsync(c, db => db.Cases.Where(predicate), CaseQueues.DefaultOrder(kind));
            });

        viewer.Field<NonNullGraphType<CaseQueueCountsType>>("queueCounts")
            .Description("How many cases each work queue of the caller's own unit holds.")
            .ResolveAsync(async c =>
            {
                var (now, dueSoonDays) = Deadlines(c);
                var unitPath = c.Source.UnitPath ?? "";
                return await EntityLoaders.FetchAsync(c, db => CaseQueues.CountAsync(db, unitPath, now, dueSoonDays, c.CancellationToken));
            });
    }

    private static (DateTime Now, int DueSoonDays) Deadlines(IResolveFieldContext context)
    {
        var services = context.RequestServices!;
        return (services.GetRequiredService<IClock>().UtcNow, services.GetRequiredService<IOptions<DeadlinePolicy>>().Value.DueSoonDays);
    }
}
