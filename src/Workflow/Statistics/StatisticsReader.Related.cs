using Microsoft.EntityFrameworkCore;
using Platform.Data.Entities;

namespace Platform.Workflow.Statistics;

/// <summary>The grouped queries over the records that hang on the period's cases, and over sessions and suggestions.</summary>
public sealed partial class StatisticsReader
{
    /// <summary>Each case counts once, with its latest verification (a review may verify it again).</summary>
    private async Task ReadVerificationsAsync(IQueryable<Case> cases, CancellationToken ct)
    {
        var groups = await Grouped(
            from v in db.CaseVerifications
            join c in cases on v.CaseId equals c.Id
            where !db.CaseVerifications.Any(later => later.CaseId == v.CaseId
                && (later.VerifiedAt > v.VerifiedAt || (later.VerifiedAt == v.VerifiedAt && later.Id > v.Id)))
            group v by new { Period = PeriodKey.Of(c.RegisteredAt), c.OwnerPath } into g
            select new
            {
                g.Key.Period,
                g.Key.OwnerPath,
                Verified = g.Count(),
                Solved = g.Count(v => v.ProblemSolved),
                Satisfied = g.Count(v => v.Satisfaction == Satisfaction.Satisfied || v.Satisfaction == Satisfaction.BasicallySatisfied),
            }, ct);

        foreach (var g in groups)
        {
            var t = Tally(g.Period, g.OwnerPath);
            t.Verified += g.Verified;
            t.Solved += g.Solved;
            t.Satisfied += g.Satisfied;
        }
    }

    /// <summary>Cases declined (不予受理) without having been accepted, each once, by its first decline.</summary>
    private async Task ReadDeclinesAsync(IQueryable<Case> cases, CancellationToken ct)
    {
        var groups = await Grouped(
            from e in db.CaseEvents
            join c in cases on e.CaseId equals c.Id
            where e.Kind == CaseEventKind.Declined && c.AcceptedAt == null
                && !db.CaseEvents.Any(earlier => earlier.CaseId == e.CaseId && earlier.Kind == CaseEventKind.Declined
                    && (earlier.OccurredAt < e.OccurredAt || (earlier.OccurredAt == e.OccurredAt && earlier.Id < e.Id)))
            group new { OnTime = e.OccurredAt <= c.AcceptDueAt } by new { Period = PeriodKey.Of(c.RegisteredAt), c.OwnerPath } into g
            select new
            {
                g.Key.Period,
                g.Key.OwnerPath,
                Declined = g.Count(),
                DeclinedOnTime = g.Count(d => d.OnTime),
            }, ct);

        foreach (var g in groups)
        {
            var t = Tally(g.Period, g.OwnerPath);
            t.Declined += g.Declined;
            t.DeclinedOnTime += g.DeclinedOnTime;
        }
    }

    /// <summary>Cases with at least one escalation or referral, each counted once per kind.</summary>
    private async Task ReadSharesAsync(IQueryable<Case> cases, CancellationToken ct)
    {
        var groups = await Grouped(
            from s in db.CaseShares
            join c in cases on s.CaseId equals c.Id
            where s.Kind == ShareKind.Escalate || s.Kind == ShareKind.Refer
            group s by new { Period = PeriodKey.Of(c.RegisteredAt), c.OwnerPath } into g
            select new
            {
                g.Key.Period,
                g.Key.OwnerPath,
                Escalated = g.Where(s => s.Kind == ShareKind.Escalate).Select(s => s.CaseId).Distinct().Count(),
                Referred = g.Where(s => s.Kind == ShareKind.Refer).Select(s => s.CaseId).Distinct().Count(),
            }, ct);

        foreach (var g in groups)
        {
            var t = Tally(g.Period, g.OwnerPath);
            t.Escalated += g.Escalated;
            t.Referred += g.Referred;
        }
    }

    private async Task ReadSessionsAsync(string lo, string hi, CancellationToken ct)
    {
        var groups = await Grouped(db.MediationSessions.AsNoTracking()
            .Where(m => string.Compare(m.OwnerPath, lo) >= 0 && string.Compare(m.OwnerPath, hi) < 0
                && m.ScheduledAt >= From && m.ScheduledAt < To)
            .GroupBy(m => new { Period = PeriodKey.Of(m.ScheduledAt), m.OwnerPath })
            .Select(g => new
            {
                g.Key.Period,
                g.Key.OwnerPath,
                Sessions = g.Count(),
                Completed = g.Count(m => m.Status == MediationStatus.Completed),
                Agreements = g.Count(m => m.Status == MediationStatus.Completed && m.Outcome == MediationOutcome.Agreement),
            }), ct);

        foreach (var g in groups)
        {
            var t = Tally(g.Period, g.OwnerPath);
            t.Sessions += g.Sessions;
            t.SessionsCompleted += g.Completed;
            t.Agreements += g.Agreements;
        }
    }

    /// <summary>Answers count only where the reader may read them (a campaign's writers, or anyone once it has published them).</summary>
    private async Task ReadSuggestionsAsync(string lo, string hi, CancellationToken ct)
    {
        var groups = await Grouped(db.Suggestions.AsNoTracking()
            .Where(s => string.Compare(s.OwnerPath, lo) >= 0 && string.Compare(s.OwnerPath, hi) < 0
                && s.SubmittedAt >= From && s.SubmittedAt < To)
            .Select(s => new
            {
                Period = PeriodKey.Of(s.SubmittedAt),
                s.OwnerPath,
                Answered = s.Status != SuggestionStatus.Submitted && s.Status != SuggestionStatus.UnderReview,
                Adopted = s.Status == SuggestionStatus.Adopted || s.Status == SuggestionStatus.PartlyAdopted,
                Published = db.Campaigns.Any(c => c.Id == s.CampaignId && c.AnswersPublished),
            })
            .GroupBy(s => new { s.Period, s.OwnerPath })
            .Select(g => new
            {
                g.Key.Period,
                g.Key.OwnerPath,
                Received = g.Count(),
                Answered = g.Count(s => s.Answered),
                Adopted = g.Count(s => s.Adopted),
                PublishedAnswered = g.Count(s => s.Answered && s.Published),
                PublishedAdopted = g.Count(s => s.Adopted && s.Published),
            }), ct);

        foreach (var g in groups)
        {
            var t = Tally(g.Period, g.OwnerPath);
            var shown = readsAnswers(g.OwnerPath);
            t.SuggestionsReceived += g.Received;
            t.SuggestionsAnswered += shown ? g.Answered : g.PublishedAnswered;
            t.SuggestionsAdopted += shown ? g.Adopted : g.PublishedAdopted;
        }
    }
}
