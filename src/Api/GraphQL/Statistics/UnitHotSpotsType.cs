using GraphQL.Types;
using Platform.Workflow.Statistics;

namespace Platform.Api.GraphQL.Statistics;

public sealed class UnitHotSpotsType : ObjectGraphType<HotSpots>
{
    public UnitHotSpotsType()
    {
        Name = "UnitHotSpots";
        Description = "Where cases rose most (分析研判): categories, child units and terms with at least minCount cases in the period and more than "
            + "in the period before, the largest rise first, then the larger count.";
        Field<NonNullGraphType<DateTimeGraphType>>("previousFrom").Description("Start of the period compared with: from − (to − from).").Resolve(c => c.Source.PreviousFrom);
        Field<NonNullGraphType<DateTimeGraphType>>("from").Resolve(c => c.Source.From);
        Field<NonNullGraphType<DateTimeGraphType>>("to").Resolve(c => c.Source.To);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CategoryHotSpotType>>>>("categories").Resolve(c => c.Source.Categories);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitHotSpotType>>>>("units").Resolve(c => c.Source.Units);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TermHotSpotType>>>>("terms")
            .Description("Words of the cases' titles, descriptions and notes (as search cuts them, two characters or more), by cases containing them.")
            .Resolve(c => c.Source.Terms);
    }
}
