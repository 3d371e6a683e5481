using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Platform.Data.Entities;

namespace Platform.Data;

/// <summary>
/// Keeps the search index (<see cref="CaseTerm"/>, one row per case and word) in the same save as
/// the text it indexes. A new case gets its rows from its title, description and the notes saved
/// with it. A note added to an existing case adds to the counts of the words the case already has
/// and adds rows for the others; a case's title and description never change after registration,
/// nor does its owner path or registration time, and entries are immutable, so nothing else moves.
/// The rows of an existing case are read past the tenant filter: the index belongs to the case, and
/// an entry may be written by a unit that cannot read the case (e.g. a mediation outcome).
/// </summary>
internal sealed class CaseIndexInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
        {
            IndexAsync(context, async: false, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            await IndexAsync(context, async: true, cancellationToken);
        }

        return result;
    }

    private static async Task IndexAsync(DbContext context, bool async, CancellationToken ct)
    {
        var added = context.ChangeTracker.Entries()
            .Where(e => e.State == EntityState.Added && e.Entity is Case or CaseEvent)
            .Select(e => e.Entity)
            .ToList();
        if (added.Count == 0)
        {
            return;
        }

        var newCases = added.OfType<Case>().ToHashSet();
        var notes = added.OfType<CaseEvent>().Where(e => !string.IsNullOrWhiteSpace(e.Note)).ToList();
        foreach (var @case in newCases)
        {
            var texts = notes.Where(n => n.Case == @case).Select(n => n.Note).Prepend(@case.Title + "\n" + @case.Description);
            foreach (var (term, count) in CaseTerms.CountAll(texts))
            {
                context.Add(new CaseTerm
                {
                    Case = @case, CaseId = @case.Id, Term = term, Count = count, OwnerPath = @case.OwnerPath, RegisteredAt = @case.RegisteredAt,
                });
            }
        }

        var later = notes.Where(n => n.Case is null || !newCases.Contains(n.Case))
            .GroupBy(n => n.CaseId)
            .ToDictionary(g => g.Key, g => CaseTerms.CountAll(g.Select(n => n.Note)));
        if (later.Count > 0)
        {
            await AddToExistingAsync((PlatformDbContext)context, later, async, ct);
        }
    }

    private static async Task AddToExistingAsync(
        PlatformDbContext db, Dictionary<int, Dictionary<string, int>> counts, bool async, CancellationToken ct)
    {
        var ids = counts.Keys.ToList();
        var words = counts.Values.SelectMany(c => c.Keys).Distinct().ToList();
        var rowsQuery = db.CaseTerms.IgnoreQueryFilters([PlatformDbContext.TenantFilter])
            .Where(t => ids.Contains(t.CaseId) && words.Contains(t.Term));
        var casesQuery = db.Cases.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).AsNoTracking()
            .Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.OwnerPath, c.RegisteredAt });
        var rows = (async ? await rowsQuery.ToListAsync(ct) : rowsQuery.ToList()).ToDictionary(t => (t.CaseId, t.Term));
        var cases = (async ? await casesQuery.ToListAsync(ct) : casesQuery.ToList()).ToDictionary(c => c.Id);
        foreach (var (caseId, terms) in counts)
        {
            if (!cases.TryGetValue(caseId, out var @case))
            {
                continue;
            }

            foreach (var (term, count) in terms)
            {
                if (rows.TryGetValue((caseId, term), out var row))
                {
                    row.Count += count;
                }
                else
                {
                    db.Add(new CaseTerm { CaseId = caseId, Term = term, Count = count, OwnerPath = @case.OwnerPath, RegisteredAt = @case.RegisteredAt });
                }
            }
        }
    }
}
