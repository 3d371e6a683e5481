using System.Runtime.InteropServices;
using Microsoft.EntityFrameworkCore;
using Platform.Data;
using Platform.Data.Entities;
using Platform.Data.Tenancy;

namespace Platform.Api.GraphQL.Statistics;

/// <summary>
/// Reads the figures of a unit's subtree with a fixed number of grouped queries (units, cases,
/// verifications, shares, sessions, suggestions), however many records there are: the database
/// groups by owner path and the dimensions, and the groups are summed per unit in memory.
/// Every query goes through the tenant-filtered sets; the subtree is a range on the owner path.
/// </summary>
/// <param name="readsAnswers">Whether the reader may read the internal answers of suggestions owned at a path (statistics fold the rest as <c>AnswerVisibility</c> does).</param>
public sealed class StatisticsReader(PlatformDbContext db, DateTime from, DateTime to, DateTime now, Func<string, bool> readsAnswers)
{
    private readonly Dictionary<string, StatsTally> byOwnerPath = new(StringComparer.Ordinal);

    /// <summary>The snapshot for <paramref name="unitId"/>'s subtree, or null when the unit is not in the caller's scope (rule 1).</summary>
    public async Task<(Unit Unit, StatsSnapshot Snapshot)?> ReadAsync(int unitId, CancellationToken ct)
    {
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, ct);
        if (unit is null || !db.Tenant.Contains(unit.Path))
        {
            return null;
        }

        // The same half-open range the tenant filters use, so each query seeks on the owner path index.
        var subtree = TenantScope.For(unit.Path);
        var (lo, hi) = (subtree.From, subtree.To);
        var units = await db.Units.AsNoTracking()
            .Where(u => string.Compare(u.Path, lo) >= 0 && string.Compare(u.Path, hi) < 0)
            .ToListAsync(ct);

        var cases = db.Cases.AsNoTracking().Where(c =>
            string.Compare(c.OwnerPath, lo) >= 0 && string.Compare(c.OwnerPath, hi) < 0
            && c.RegisteredAt >= from && c.RegisteredAt < to);
        await ReadCasesAsync(cases, ct);
        await ReadVerificationsAsync(cases, ct);
        await ReadSharesAsync(cases, ct);
        await ReadSessionsAsync(lo, hi, ct);
        await ReadSuggestionsAsync(lo, hi, ct);
        return (unit, new StatsSnapshot(units, byOwnerPath));
    }

    private async Task ReadCasesAsync(IQueryable<Case> cases, CancellationToken ct)
    {
        var groups = await cases
            .GroupBy(c => new { c.OwnerPath, c.Channel, c.Category, c.Status })
            .Select(g => new
            {
                g.Key.OwnerPath, g.Key.Channel, g.Key.Category, g.Key.Status,
                Cases = g.Count(),
                Persons = g.Sum(c => c.Headcount),
                Accepted = g.Count(c => c.AcceptedAt != null),
                AcceptedOnTime = g.Count(c => c.AcceptedAt != null && c.AcceptedAt <= c.AcceptDueAt),
                Resolved = g.Count(c => c.ResolvedAt != null),
                ResolvedOnTime = g.Count(c => c.ResolvedAt != null && c.ResolveDueAt != null && c.ResolvedAt <= c.ResolveDueAt),
                CitizenRated = g.Count(c => c.CitizenSatisfaction != null),
                CitizenSatisfied = g.Count(c => c.CitizenSatisfaction == Satisfaction.Satisfied || c.CitizenSatisfaction == Satisfaction.BasicallySatisfied),
                // Open cases past the deadline that applies in their state now.
                OverdueNow = g.Count(c =>
                    (c.Status == CaseStatus.Registered && c.AcceptDueAt < now)
                    || ((c.Status == CaseStatus.Accepted || c.Status == CaseStatus.InProgress) && c.ResolveDueAt != null && c.ResolveDueAt < now)),
            })
            .ToListAsync(ct);

        foreach (var g in groups)
        {
            var t = Tally(g.OwnerPath);
            t.Cases += g.Cases;
            t.Persons += g.Persons;
            t.ByChannel.Add(g.Channel, g.Cases, g.Persons);
            t.ByCategory.Add(g.Category, g.Cases, g.Persons);
            t.ByStatus.Add(g.Status, g.Cases, g.Persons);
            t.Accepted += g.Accepted;
            t.AcceptedOnTime += g.AcceptedOnTime;
            t.Resolved += g.Resolved;
            t.ResolvedOnTime += g.ResolvedOnTime;
            t.OverdueNow += g.OverdueNow;
            t.CitizenRated += g.CitizenRated;
            t.CitizenSatisfied += g.CitizenSatisfied;
        }
    }

    /// <summary>Each case counts once, with its latest verification (a review may verify it again).</summary>
    private async Task ReadVerificationsAsync(IQueryable<Case> cases, CancellationToken ct)
    {
        var groups = await (
                from v in db.CaseVerifications
                join c in cases on v.CaseId equals c.Id
                where !db.CaseVerifications.Any(later => later.CaseId == v.CaseId
                    && (later.VerifiedAt > v.VerifiedAt || (later.VerifiedAt == v.VerifiedAt && later.Id > v.Id)))
                group v by c.OwnerPath into g
                select new
                {
                    OwnerPath = g.Key,
                    Verified = g.Count(),
                    Satisfied = g.Count(v => v.Satisfaction == Satisfaction.Satisfied || v.Satisfaction == Satisfaction.BasicallySatisfied),
                })
            .AsNoTracking()
            .ToListAsync(ct);

        foreach (var g in groups)
        {
            var t = Tally(g.OwnerPath);
            t.Verified += g.Verified;
            t.Satisfied += g.Satisfied;
        }
    }

    /// <summary>Cases with at least one escalation or referral, each counted once per kind.</summary>
    private async Task ReadSharesAsync(IQueryable<Case> cases, CancellationToken ct)
    {
        var groups = await (
                from s in db.CaseShares
                join c in cases on s.CaseId equals c.Id
                where s.Kind == ShareKind.Escalate || s.Kind == ShareKind.Refer
                group s by c.OwnerPath into g
                select new
                {
                    OwnerPath = g.Key,
                    Escalated = g.Where(s => s.Kind == ShareKind.Escalate).Select(s => s.CaseId).Distinct().Count(),
                    Referred = g.Where(s => s.Kind == ShareKind.Refer).Select(s => s.CaseId).Distinct().Count(),
                })
            .AsNoTracking()
            .ToListAsync(ct);

        foreach (var g in groups)
        {
            var t = Tally(g.OwnerPath);
            t.Escalated += g.Escalated;
            t.Referred += g.Referred;
        }
    }

    private async Task ReadSessionsAsync(string lo, string hi, CancellationToken ct)
    {
        var groups = await db.MediationSessions.AsNoTracking()
            .Where(m => string.Compare(m.OwnerPath, lo) >= 0 && string.Compare(m.OwnerPath, hi) < 0
                && m.ScheduledAt >= from && m.ScheduledAt < to)
            .GroupBy(m => m.OwnerPath)
            .Select(g => new
            {
                OwnerPath = g.Key,
                Sessions = g.Count(),
                Completed = g.Count(m => m.Status == MediationStatus.Completed),
                Agreements = g.Count(m => m.Status == MediationStatus.Completed && m.Outcome == MediationOutcome.Agreement),
            })
            .ToListAsync(ct);

        foreach (var g in groups)
        {
            var t = Tally(g.OwnerPath);
            t.Sessions += g.Sessions;
            t.SessionsCompleted += g.Completed;
            t.Agreements += g.Agreements;
        }
    }

    /// <summary>Answers count only where the reader may read them (a campaign's writers, or anyone once it has published them).</summary>
    private async Task ReadSuggestionsAsync(string lo, string hi, CancellationToken ct)
    {
        var groups = await db.Suggestions.AsNoTracking()
            .Where(s => string.Compare(s.OwnerPath, lo) >= 0 && string.Compare(s.OwnerPath, hi) < 0
                && s.SubmittedAt >= from && s.SubmittedAt < to)
            .Select(s => new
            {
                s.OwnerPath,
                Answered = s.Status != SuggestionStatus.Submitted && s.Status != SuggestionStatus.UnderReview,
                Adopted = s.Status == SuggestionStatus.Adopted || s.Status == SuggestionStatus.PartlyAdopted,
                Published = db.Campaigns.Any(c => c.Id == s.CampaignId && c.AnswersPublished),
            })
            .GroupBy(s => s.OwnerPath)
            .Select(g => new
            {
                OwnerPath = g.Key,
                Received = g.Count(),
                Answered = g.Count(s => s.Answered),
                Adopted = g.Count(s => s.Adopted),
                PublishedAnswered = g.Count(s => s.Answered && s.Published),
                PublishedAdopted = g.Count(s => s.Adopted && s.Published),
            })
            .ToListAsync(ct);

        foreach (var g in groups)
        {
            var t = Tally(g.OwnerPath);
            var shown = readsAnswers(g.OwnerPath);
            t.SuggestionsReceived += g.Received;
            t.SuggestionsAnswered += shown ? g.Answered : g.PublishedAnswered;
            t.SuggestionsAdopted += shown ? g.Adopted : g.PublishedAdopted;
        }
    }

    private StatsTally Tally(string ownerPath) =>
        CollectionsMarshal.GetValueRefOrAddDefault(byOwnerPath, ownerPath, out _) ??= new StatsTally();
}
