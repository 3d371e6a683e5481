using System.Text.Json;
using GraphQL.Types;
using Platform.Api.GraphQL.Common.Sorting;
using Platform.Workflow.Statistics;

namespace Platform.Api.GraphQL.Statistics;

/// <summary>
/// <c>order: [UnitStatsSortInput!]</c> on <c>breakdown</c>: one field per figure a unit can be ranked
/// by; list elements apply in order, then the unit path breaks ties.
/// </summary>
public sealed class UnitStatsSortInputType : InputObjectGraphType
{
    public UnitStatsSortInputType()
    {
        Name = "UnitStatsSortInput";
        Description = "Ranks units by a figure. A null rate ranks below every number (first ASC, last DESC); equal figures by unit path.";
        foreach (var key in Enum.GetValues<StatsSortKey>())
        {
            Field<SortEnumType>(FieldName(key));
        }
    }

    public static string FieldName(StatsSortKey key) => JsonNamingPolicy.CamelCase.ConvertName(key.ToString());

    /// <summary>The ranking an <c>order</c> argument asks for; null when there is none.</summary>
    public static StatsOrder? Parse(object? argument)
    {
        if (argument is not IEnumerable<object?> elements)
        {
            return null;
        }

        var keys = new List<(StatsSortKey, bool)>();
        foreach (var element in elements.OfType<IDictionary<string, object?>>())
        {
            // In declaration order, as the other sort inputs read theirs.
            foreach (var key in Enum.GetValues<StatsSortKey>())
            {
                if (element.TryGetValue(FieldName(key), out var direction) && direction is SortDirection d)
                {
                    keys.Add((key, d == SortDirection.Descending));
                }
            }
        }

        return new StatsOrder(keys);
    }
}
