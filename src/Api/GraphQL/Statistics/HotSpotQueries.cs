using GraphQL;
using GraphQL.Types;
using Platform.Api.GraphQL.Common.Errors;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Workflow.Statistics;

namespace Platform.Api.GraphQL.Statistics;

/// <summary><c>unitHotSpots</c>: where cases rose most from one period to the next (分析研判).</summary>
public static class HotSpotQueries
{
    public const int MaxFirst = 50;

    public static void AddHotSpotsField(this ObjectGraphType query)
    {
        query.Field<UnitHotSpotsType>("unitHotSpots")
            .Description("The categories, child units and terms of a unit's subtree whose visible cases rose most from [from − (to − from), from) "
                + "to [from, to). Null with NOT_FOUND as unitStats.")
            .Argument<NonNullGraphType<IdGraphType>>("unitId")
            .Argument<NonNullGraphType<DateTimeGraphType>>("from", "Start of the period, inclusive.")
            .Argument<NonNullGraphType<DateTimeGraphType>>("to", "End of the period, exclusive.")
            .Argument<IntGraphType>("minCount", "Fewest cases in the period for a hot spot; 3 unless given.", a => a.DefaultValue = 3)
            .Argument<IntGraphType>("first", $"Most hot spots of each kind, 1 to {MaxFirst}; 10 unless given.", a => a.DefaultValue = 10)
            .ResolveAsync(async c =>
            {
                var (from, to) = StatisticsQueries.Range(c);
                var first = c.GetArgument("first", 10);
                if (first is < 1 or > MaxFirst)
                {
                    throw PlatformErrors.Coded(PlatformErrors.Validation, $"first must be between 1 and {MaxFirst}.");
                }

                var minCount = Math.Max(1, c.GetArgument("minCount", 3));
                if (StatisticsQueries.UnitKey(c) is not { } unitId)
                {
                    return NodeQueries.NotFound(c);
                }

                var read = await EntityLoaders.FetchAsync(c, db => new HotSpotReader(db, from, to).ReadAsync(unitId, minCount, first, c.CancellationToken));
                return read ?? NodeQueries.NotFound(c);
            });
    }
}
