using GraphQL.Types;
using Platform.Workflow.Statistics;

namespace Platform.Api.GraphQL.Statistics;

/// <summary>The counts every hot spot has, whatever it is keyed by.</summary>
public abstract class HotSpotType<TKey, TKeyGraphType> : ObjectGraphType<HotSpot<TKey>>
    where TKeyGraphType : IGraphType
{
    protected HotSpotType(string name, string key, string what)
    {
        Name = name;
        Description = $"Cases of one {what} registered in the period and in the period of the same length before it.";
        Field<NonNullGraphType<TKeyGraphType>>(key).Resolve(c => c.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("current").Description("Cases registered in [from, to).").Resolve(c => c.Source.Current);
        Field<NonNullGraphType<IntGraphType>>("previous").Description("Cases registered in [previousFrom, from).").Resolve(c => c.Source.Previous);
        Field<NonNullGraphType<IntGraphType>>("rise").Description("current − previous.").Resolve(c => c.Source.Rise);
        Field<FloatGraphType>("growth").Description("rise ÷ previous; null when the previous period had none.").Resolve(c => c.Source.Growth);
    }
}
