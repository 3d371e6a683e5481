using System.Linq.Expressions;

namespace Platform.Workflow.Statistics;

/// <summary>
/// Consecutive half-open periods [from, to) covering a range, each a calendar month or seven days
/// after the one before. Months are counted in China Standard Time (UTC+8, no daylight saving), so
/// a period starts on the same day of the month and at the same hour as the range, or on the last
/// day of a shorter month; the last period ends with the range.
/// </summary>
public sealed class StatsPeriods
{
    /// <summary>The most periods a series may have (five years of months).</summary>
    public const int MaxPeriods = 60;

    private static readonly TimeSpan CivilOffset = TimeSpan.FromHours(8);

    // Read through a field of this instance so that every boundary reaches the database as a parameter.
    private readonly DateTime[] starts;

    private StatsPeriods(DateTime[] boundaries)
    {
        starts = boundaries;
    }

    /// <summary>The boundaries: period i is [Boundaries[i], Boundaries[i + 1]).</summary>
    public IReadOnlyList<DateTime> Boundaries => starts;

    public int Count => starts.Length - 1;

    public DateTime From => starts[0];

    public DateTime To => starts[^1];

    /// <summary>The whole range as one period.</summary>
    public static StatsPeriods Whole(DateTime from, DateTime to) => new([from, to]);

    /// <summary>The periods of [from, to) by <paramref name="interval"/>, or null with the reason when there would be none or more than <see cref="MaxPeriods"/>.</summary>
    public static StatsPeriods? Series(DateTime from, DateTime to, StatsInterval interval, out string? problem)
    {
        problem = from < to ? null : "'from' must be before 'to'.";
        var boundaries = new List<DateTime> { from };
        for (var i = 1; problem is null && boundaries[^1] < to; i++)
        {
            if (i > MaxPeriods)
            {
                problem = $"A series has at most {MaxPeriods} periods; shorten the range or choose a longer interval.";
                break;
            }

            var next = interval == StatsInterval.Week ? from.AddDays(7 * i) : (from + CivilOffset).AddMonths(i) - CivilOffset;
            boundaries.Add(next < to ? next : to);
        }

        return problem is null ? new StatsPeriods([.. boundaries]) : null;
    }

    /// <summary>
    /// The index of the period an instant of the range falls in, as SQL: a balanced tree of
    /// comparisons with the boundaries (at most six deep for sixty periods), so grouping by it
    /// costs one query for the whole series on either provider. A single period is the constant 0.
    /// </summary>
    public Expression<Func<DateTime, int>> IndexOf()
    {
        var at = Expression.Parameter(typeof(DateTime), "at");
        return Expression.Lambda<Func<DateTime, int>>(Branch(at, 0, Count - 1), at);
    }

    private Expression Branch(ParameterExpression at, int first, int last)
    {
        if (first == last)
        {
            return Expression.Constant(first);
        }

        var middle = (first + last + 1) / 2;
        var boundary = Expression.ArrayIndex(Expression.Field(Expression.Constant(this), nameof(starts)), Expression.Constant(middle));
        return Expression.Condition(Expression.LessThan(at, boundary), Branch(at, first, middle - 1), Branch(at, middle, last));
    }
}
