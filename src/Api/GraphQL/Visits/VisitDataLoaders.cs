using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Visits;

public static class VisitDataLoaders
{
    /// <summary>The aggregate of each question at a level: one grouped command for all of them, counted in the database.</summary>
    public static IDataLoaderResult<QuestionAggregate?> Aggregate(IResolveFieldContext context, QuestionnaireQuestion question)
    {
        var loader = EntityLoaders.Scope(context).GetOrAdd("Question/Aggregate", () => new GroupLoader<int, (string? Choice, int Count, int Rated, int RatingSum)>((ids, ct) =>
            EntityLoaders.FetchAsync(context, async db =>
            {
                var list = ids.ToList();
                var rows = await db.QuestionnaireAnswers.AsNoTracking()
                    .Where(a => list.Contains(a.QuestionId) && (a.Choice != null || a.Rating != null || a.Text != null))
                    .GroupBy(a => new { a.QuestionId, a.Choice })
                    .Select(g => new { g.Key.QuestionId, g.Key.Choice, Count = g.Count(), Rated = g.Count(a => a.Rating != null), RatingSum = g.Sum(a => a.Rating ?? 0) })
                    .ToListAsync(ct);
                return rows.ToLookup(r => r.QuestionId, r => (r.Choice, r.Count, r.Rated, r.RatingSum));
            })));
        return loader.Load(question.Id).Then(groups =>
        {
            var options = question.Kind == QuestionKind.Choice
                ? question.Options.Split('\n').Select(o => new OptionCount(o, groups.Where(g => g.Choice == o).Sum(g => g.Count))).ToList()
                : [];
            var rated = groups.Sum(g => g.Rated);
            return (QuestionAggregate?)new QuestionAggregate(groups.Sum(g => g.Count), options, rated == 0 ? null : (double)groups.Sum(g => g.RatingSum) / rated);
        });
    }
}
