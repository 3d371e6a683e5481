using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Paging;
using Platform.Api.Tenancy;
using Platform.Data;
using Platform.Data.Entities;
using Platform.Workflow.Cases;

namespace Platform.Api.GraphQL.Cases;

/// <summary>The caller's work queues on <c>Viewer</c>: <c>queue(kind:, scope:)</c> and <c>queueCounts(scope:)</c>.</summary>
public static class CaseQueueFields
{
    public static void AddCaseQueueFields(this ObjectGraphType<CurrentPrincipal> viewer)
    {
        viewer.ConnectionField<CaseType, CurrentPrincipal>("queue")
            .Description("A work queue of the caller's unit, by default with the descendants that have no accounts (grids); filtered, sorted and paged like `cases`. Deadline queues list the most urgent first, the others the oldest first, unless ordered otherwise.")
            .Argument<NonNullGraphType<CaseQueueKindEnum>>("kind")
            .Argument<CaseQueueScopeEnum>("scope", "Which units' work the queue covers; OWN by default.")
            .Argument<CaseFilterInputType>("where")
            .Argument<ListGraphType<NonNullGraphType<CaseSortInputType>>>("order")
            .PagingArguments()
            .ResolveAsync(async c =>
            {
                var kind = c.GetArgument<CaseQueueKind>("kind");
                var (now, dueSoonDays) = Deadlines(c);
                var holder = await HolderAsync(c);
                // The predicate is built only for a page read uncompiled.
                var compiled = CaseQueues.DependsOnPathsAlone(kind)
                    ? new CompiledRoot<Case>(kind, holder.Paths, (cases, paths) => cases.Where(CaseQueues.ForPaths(kind, paths)!))
                    : null;
                return await Connections.ResolveAsync(c, db => db.Cases.Where(CaseQueues.For(kind, holder, now, dueSoonDays)), CaseQueues.DefaultOrder(kind), compiled,
                    CaseQueues.SeeksHandlingUnits(kind));
            });

        viewer.Field<NonNullGraphType<CaseQueueCountsType>>("queueCounts")
            .Description("How many cases each work queue of the caller holds, over the same units as `queue`.")
            .Argument<CaseQueueScopeEnum>("scope", "Which units' work the queues cover; OWN by default.")
            .ResolveAsync(async c =>
            {
                var (now, dueSoonDays) = Deadlines(c);
                var holder = await HolderAsync(c);
                return await EntityLoaders.FetchAsync(c, db => CaseQueues.CountAsync(db, holder, now, dueSoonDays, c.CancellationToken));
            });
    }

    private static Task<CaseQueueHolder> HolderAsync(IResolveFieldContext<CurrentPrincipal> context) => HolderAsync(context, context.Source);

    /// <summary>The units and subject whose queues <paramref name="principal"/> reads, from the field's <c>scope</c> argument.</summary>
    public static Task<CaseQueueHolder> HolderAsync(IResolveFieldContext context, CurrentPrincipal principal)
    {
        var scope = context.GetArgument("scope", CaseQueueScope.Own);

        // Also when an explicit null is sent: the default is the one documented.
        scope = context.HasArgument("scope") && context.GetArgument<object?>("scope") is null ? CaseQueueScope.Own : scope;
        var subject = principal.Subject ?? "";
        if (principal.UnitPath is not { } unitPath)
        {
            return Task.FromResult(new CaseQueueHolder([], subject));
        }

        return EntityLoaders.FetchAsync(context, async db =>
            new CaseQueueHolder(await CaseQueueUnits.PathsAsync(db, unitPath, scope, context.CancellationToken), subject));
    }

    private static (DateTime Now, int DueSoonDays) Deadlines(IResolveFieldContext context)
    {
        var services = context.RequestServices!;
        return (services.GetRequiredService<IClock>().UtcNow, services.GetRequiredService<IOptions<DeadlinePolicy>>().Value.DueSoonDays);
    }
}
