using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Platform.Data.Entities;

namespace Platform.Data;

/// <summary>
/// Keeps the search index (<see cref="CaseTerm"/>) in the same save as the text it indexes: a new
/// case's title and description, a new timeline entry's note. A case's title and description never
/// change after registration, and entries are immutable, so adding is all there is to it.
/// </summary>
internal sealed class CaseIndexInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Index(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Index(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Index(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var added = context.ChangeTracker.Entries()
            .Where(e => e.State == EntityState.Added && e.Entity is Case or CaseEvent)
            .Select(e => e.Entity)
            .ToList();
        foreach (var entity in added)
        {
            var (tracked, key, text) = entity switch
            {
                Case c => (c, c.Id, c.Title + "\n" + c.Description),
                CaseEvent e => (e.Case, e.CaseId, e.Note),
                _ => throw new InvalidOperationException(),
            };
            foreach (var (term, count) in CaseTerms.Count(text))
            {
                context.Add(new CaseTerm { Case = tracked, CaseId = key, Term = term, Count = count });
            }
        }
    }
}
