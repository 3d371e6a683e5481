using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Platform.Data.Entities;

namespace Platform.Data;

public abstract partial class PlatformDbContext
{
    /// <summary>The name of the tenant query filter on every tenant-owned entity.</summary>
    public const string TenantFilter = "Tenant";

    private static readonly System.Reflection.MethodInfo StringCompare =
        typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    // Read by the filters; EF Core turns them into parameters per query, never constants.
    private string TenantFrom => Tenant.From;
    private string TenantTo => Tenant.To;
    private IReadOnlyList<string> TenantLineage => Tenant.Lineage;

    /// <summary>
    /// DESIGN §4. Visibility is a half-open range test on a path column, which seeks on an
    /// ordinary index in SQLite and SQL Server alike (LIKE would not on SQLite, and is
    /// case-insensitive there). Rule 1: records owned in the scope or shared into it.
    /// Rule 2: services owned in the scope or by one of the scope's ancestors.
    /// </summary>
    private void ApplyTenantFilters(ModelBuilder builder)
    {
        builder.Entity<CaseShare>().HasQueryFilter(TenantFilter, Filter<CaseShare>(s =>
            Expression.OrElse(InScope(Expression.Property(s, nameof(CaseShare.OwnerPath))),
                InScope(Expression.Property(s, nameof(CaseShare.TargetPath))))));

        builder.Entity<Case>().HasQueryFilter(TenantFilter, CaseRecord<Case>(nameof(Case.Id)));
        builder.Entity<Petitioner>().HasQueryFilter(TenantFilter, CaseRecord<Petitioner>(nameof(Petitioner.CaseId)));
        builder.Entity<CaseEvent>().HasQueryFilter(TenantFilter, CaseRecord<CaseEvent>(nameof(CaseEvent.CaseId)));
        builder.Entity<CaseSupervision>().HasQueryFilter(TenantFilter, CaseRecord<CaseSupervision>(nameof(CaseSupervision.CaseId)));
        builder.Entity<CaseVerification>().HasQueryFilter(TenantFilter, CaseRecord<CaseVerification>(nameof(CaseVerification.CaseId)));

        // A session is visible in its owner's scope, to its workroom's unit, and with its case
        // (EF Core applies the case filter inside this one).
        Expression<Func<MediationSession, bool>> withCase = m => m.CaseId != null && Cases.Any(c => c.Id == m.CaseId);
        builder.Entity<MediationSession>().HasQueryFilter(TenantFilter, Filter<MediationSession>(m =>
            Expression.OrElse(
                Expression.OrElse(
                    InScope(Expression.Property(m, nameof(MediationSession.OwnerPath))),
                    InScope(Expression.Property(m, nameof(MediationSession.WorkroomPath)))),
                Inline(withCase, m))));

        // Parties and mediators are visible with their session.
        builder.Entity<MediationParty>().HasQueryFilter(TenantFilter, p => MediationSessions.Any(m => m.Id == p.SessionId));
        builder.Entity<Mediator>().HasQueryFilter(TenantFilter, p => MediationSessions.Any(m => m.Id == p.SessionId));

        builder.Entity<Workroom>().HasQueryFilter(TenantFilter, Service<Workroom>());
        builder.Entity<Elder>().HasQueryFilter(TenantFilter, Service<Elder>());
        builder.Entity<Campaign>().HasQueryFilter(TenantFilter, Service<Campaign>());

        builder.Entity<Suggestion>().HasQueryFilter(TenantFilter, Filter<Suggestion>(s =>
            InScope(Expression.Property(s, nameof(Suggestion.OwnerPath)))));

        // A meeting is visible in its owner's scope and to every attending unit's scope. Attendee
        // rows carry no filter of their own (the meeting's filter reads them, and a filter may not
        // come back to itself); they are read only through a visible meeting.
        Expression<Func<Meeting, bool>> attended = m => MeetingAttendees.Any(a => a.MeetingId == m.Id
            && string.Compare(a.UnitPath, TenantFrom) >= 0 && string.Compare(a.UnitPath, TenantTo) < 0);
        builder.Entity<Meeting>().HasQueryFilter(TenantFilter, Filter<Meeting>(m =>
            Expression.OrElse(InScope(Expression.Property(m, nameof(Meeting.OwnerPath))), Inline(attended, m))));
        builder.Entity<MeetingAgendaItem>().HasQueryFilter(TenantFilter, a => Meetings.Any(m => m.Id == a.MeetingId));
        builder.Entity<MeetingDecision>().HasQueryFilter(TenantFilter, d => Meetings.Any(m => m.Id == d.MeetingId));

        // Reception days are a service (rule 2); an appointment, with a resident's details, is a
        // record (rule 1) of the schedule's unit, also visible to the unit that booked it.
        builder.Entity<ReceptionSchedule>().HasQueryFilter(TenantFilter, Service<ReceptionSchedule>());
        builder.Entity<ReceptionAppointment>().HasQueryFilter(TenantFilter, Filter<ReceptionAppointment>(a => Expression.OrElse(
            InScope(Expression.Property(a, nameof(ReceptionAppointment.OwnerPath))),
            InScope(Expression.Property(a, nameof(ReceptionAppointment.BookedByPath))))));

        // A visit is a record (rule 1); its questionnaire, answers and issues are visible with it.
        builder.Entity<OutreachVisit>().HasQueryFilter(TenantFilter, Filter<OutreachVisit>(v => InScope(Expression.Property(v, nameof(OutreachVisit.OwnerPath)))));
        builder.Entity<QuestionnaireQuestion>().HasQueryFilter(TenantFilter, q => Visits.Any(v => v.Id == q.VisitId));
        builder.Entity<QuestionnaireAnswer>().HasQueryFilter(TenantFilter, a => Visits.Any(v => v.Id == a.VisitId));
        builder.Entity<VisitIssue>().HasQueryFilter(TenantFilter, i => Visits.Any(v => v.Id == i.VisitId));

        // Administration history: a record of the unit it concerns (rule 1, without shares).
        builder.Entity<AuditEntry>().HasQueryFilter(TenantFilter, Filter<AuditEntry>(e =>
            InScope(Expression.Property(e, nameof(AuditEntry.OwnerPath)))));

        // A history entry is visible with its subject; EF Core applies the subject's filter inside this one.
        builder.Entity<ActivityEvent>().HasQueryFilter(TenantFilter, e =>
            (e.SessionId != null && MediationSessions.Any(m => m.Id == e.SessionId))
            || (e.WorkroomId != null && Workrooms.Any(w => w.Id == e.WorkroomId))
            || (e.SuggestionId != null && Suggestions.Any(s => s.Id == e.SuggestionId))
            || (e.SuggestionId == null && e.CampaignId != null && Campaigns.Any(c => c.Id == e.CampaignId)));
    }

    /// <summary>Rule 1 for a case or a record of a case: owned in scope, or its case shared into scope.</summary>
    private LambdaExpression CaseRecord<T>(string caseIdProperty)
        where T : ITenantOwned
    {
        // The share subquery is uncorrelated (a range seek on the share target index), so the
        // database evaluates it once and probes the case key.
        Expression<Func<int, bool>> shared = id => CaseShares
            .Where(s => string.Compare(s.TargetPath, TenantFrom) >= 0 && string.Compare(s.TargetPath, TenantTo) < 0)
            .Select(s => s.CaseId)
            .Contains(id);
        return Filter<T>(r => Expression.OrElse(
            InScope(Expression.Property(r, nameof(ITenantOwned.OwnerPath))),
            Inline(shared, Expression.Property(r, caseIdProperty))));
    }

    /// <summary>Rule 2: owned in the scope, or owned by the scope's unit or one of its ancestors.</summary>
    private LambdaExpression Service<T>()
        where T : ITenantOwned
    {
        Expression<Func<string, bool>> inLineage = path => TenantLineage.Contains(path);
        return Filter<T>(r =>
        {
            var ownerPath = Expression.Property(r, nameof(ITenantOwned.OwnerPath));
            return Expression.OrElse(InScope(ownerPath), Inline(inLineage, ownerPath));
        });
    }

    /// <summary><c>From &lt;= path &lt; To</c>, with the bounds read from this context.</summary>
    private BinaryExpression InScope(Expression path)
    {
        var self = Expression.Constant(this, typeof(PlatformDbContext));
        var from = Expression.Property(self, nameof(TenantFrom));
        var to = Expression.Property(self, nameof(TenantTo));
        var zero = Expression.Constant(0);
        return Expression.AndAlso(
            Expression.GreaterThanOrEqual(Expression.Call(StringCompare, path, from), zero),
            Expression.LessThan(Expression.Call(StringCompare, path, to), zero));
    }

    private static LambdaExpression Filter<T>(Func<ParameterExpression, Expression> body)
    {
        var parameter = Expression.Parameter(typeof(T), "e");
        return Expression.Lambda(typeof(Func<T, bool>), body(parameter), parameter);
    }

    private static Expression Inline(LambdaExpression lambda, Expression argument) =>
        new ReplaceParameter(lambda.Parameters[0], argument).Visit(lambda.Body);

    private sealed class ReplaceParameter(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
