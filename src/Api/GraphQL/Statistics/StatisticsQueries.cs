using GraphQL;
using GraphQL.Types;
using Platform.Api.GraphQL.Campaigns;
using Platform.Api.GraphQL.Common.Errors;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Api.GraphQL.Units;
using Platform.Data;

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
                var from = UtcTime.Normalize(c.GetArgument<DateTime>("from"));
                var to = UtcTime.Normalize(c.GetArgument<DateTime>("to"));
                if (from >= to)
                {
                    throw PlatformErrors.Coded(PlatformErrors.Validation, "'from' must be before 'to'.");
                }

                if (GlobalId.DecodeKey(c.GetArgument<string>("unitId"), UnitType.TypeName) is not { } unitId)
                {
                    return NodeQueries.NotFound(c);
                }

                var now = c.RequestServices!.GetRequiredService<IClock>().UtcNow;
                var readsAnswers = (string ownerPath) => AnswerVisibility.IsWriter(c, ownerPath);
                var read = await EntityLoaders.FetchAsync(c, db => new StatisticsReader(db, from, to, now, readsAnswers).ReadAsync(unitId, c.CancellationToken));
                return read is var (unit, snapshot) ? snapshot.For(unit) : NodeQueries.NotFound(c);
            });
    }
}
