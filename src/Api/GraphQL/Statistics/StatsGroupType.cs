using GraphQL.Types;
using Platform.Workflow.Statistics;

namespace Platform.Api.GraphQL.Statistics;

/// <summary>Cases and persons for one value of a dimension; one concrete type per dimension so that <c>key</c> is a typed enum.</summary>
public abstract class StatsGroupType<TKey, TKeyGraphType> : ObjectGraphType<StatsGroup<TKey>>
    where TKey : struct, Enum
    where TKeyGraphType : IGraphType
{
    protected StatsGroupType(string name, string dimension)
    {
        Name = name;
        Description = $"Cases (批次) and persons (人次) registered in the period for one {dimension}.";
        Field<NonNullGraphType<TKeyGraphType>>("key").Description($"The {dimension}.").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("cases").Description("Number of cases (批次).").Resolve(c => c.Source.Cases);
        Field<NonNullGraphType<IntGraphType>>("persons").Description("Sum of the cases' headcounts (人次).").Resolve(c => c.Source.Persons);
    }
}
