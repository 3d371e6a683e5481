using GraphQL;
using GraphQL.Types;
using Platform.Api.GraphQL.Campaigns;
using Platform.Api.GraphQL.Common.Errors;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Api.GraphQL.Units;
using Platform.Data;
using Platform.Workflow.Statistics;

namespace Platform.Api.GraphQL.Statistics;

public static class StatisticsQueries
{
    public static void AddStatisticsFields(this ObjectGraphType query)
    {
        query.Field<UnitStatsType>("unitStats")
            .Description("Figures (定期通报) for a unit's subtree over the period [from, to). The unit must lie in the caller's "
                + "scope (DESIGN §4 rule 1); otherwise null with NOT_FOUND. Only records the caller can see are counted.")
            .Argument<NonNullGraphType<IdGraphType>>("unitId")
            .Argument<NonNullGraphType<DateTimeGraphType>>("from", "Start of the period, inclusive.")
            .Argument<NonNullGraphType<DateTimeGraphType>>("to", "End of the period, exclusive.")
            .ResolveAsync(async c =>
            {
                var (from, to) = Range(c);
                var read = await ReadAsync(c, StatsPeriods.Whole(from, to));
                return read is [var stats] ? stats : NodeQueries.NotFound(c);
            });

        query.Field<ListGraphType<NonNullGraphType<UnitStatsType>>>("unitStatsSeries")
            .Description($"unitStats for each period of [from, to) by `interval`, oldest first, from the same number of queries as one "
                + $"unitStats; at most {StatsPeriods.MaxPeriods} periods (VALIDATION beyond). Null with NOT_FOUND as unitStats.")
            .Argument<NonNullGraphType<IdGraphType>>("unitId")
            .Argument<NonNullGraphType<DateTimeGraphType>>("from", "Start of the first period, inclusive.")
            .Argument<NonNullGraphType<DateTimeGraphType>>("to", "End of the last period, exclusive; the last period may be shorter.")
            .Argument<NonNullGraphType<StatsIntervalEnum>>("interval")
            .ResolveAsync(async c =>
            {
                var (from, to) = Range(c);
                var periods = StatsPeriods.Series(from, to, c.GetArgument<StatsInterval>("interval"), out var problem)
                    ?? throw PlatformErrors.Coded(PlatformErrors.Validation, problem!);
                return await ReadAsync(c, periods) ?? NodeQueries.NotFound(c);
            });

        query.AddHotSpotsField();
    }

    /// <summary>The period arguments in UTC; VALIDATION unless from is before to.</summary>
    internal static (DateTime From, DateTime To) Range(IResolveFieldContext c)
    {
        var from = UtcTime.Normalize(c.GetArgument<DateTime>("from"));
        var to = UtcTime.Normalize(c.GetArgument<DateTime>("to"));
        return from < to ? (from, to) : throw PlatformErrors.Coded(PlatformErrors.Validation, "'from' must be before 'to'.");
    }

    /// <summary>The unitId argument as a unit key, or null when it names no unit.</summary>
    internal static int? UnitKey(IResolveFieldContext c) => GlobalId.DecodeKey(c.GetArgument<string>("unitId"), UnitType.TypeName);

    private static async Task<IReadOnlyList<UnitStats>?> ReadAsync(IResolveFieldContext c, StatsPeriods periods)
    {
        if (UnitKey(c) is not { } unitId)
        {
            return null;
        }

        var now = c.RequestServices!.GetRequiredService<IClock>().UtcNow;
        var readsAnswers = (string ownerPath) => AnswerVisibility.IsWriter(c, ownerPath);
        var read = await EntityLoaders.FetchAsync(c, db => new StatisticsReader(db, periods, now, readsAnswers).ReadAsync(unitId, c.CancellationToken));
        return read is var (unit, snapshots) ? snapshots.Select(s => s.For(unit)).ToList() : null;
    }
}
