using GraphQL;
using GraphQL.DataLoader;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Workrooms;

public static class WorkroomDataLoaders
{
    /// <summary>
    /// Session counts per workroom: one grouped count over every workroom requested at a level,
    /// through the session tenant filter, so a count never includes a session the caller cannot see.
    /// </summary>
    public static IDataLoaderResult<WorkroomSessionCounts> SessionCounts(IResolveFieldContext context, int workroomId) =>
        EntityLoaders.Batch(context, "Workroom/SessionCounts", workroomId,
            (db, ids) => db.MediationSessions
                .Where(s => s.WorkroomId != null && ids.Contains(s.WorkroomId.Value))
                .GroupBy(s => s.WorkroomId!.Value)
                .Select(g => new { WorkroomId = g.Key, Sessions = g.Count(), Agreements = g.Count(s => s.Outcome == MediationOutcome.Agreement) }),
            r => r.WorkroomId, r => new WorkroomSessionCounts(r.Sessions, r.Agreements))
            .Then(counts => counts ?? WorkroomSessionCounts.None);
}
