using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Platform.Data.Entities;
using Platform.Data.Tenancy;

namespace Platform.Data;

public abstract partial class PlatformDbContext
{
    /// <summary>The name of the tenant query filter on every tenant-owned entity.</summary>
    public const string TenantFilter = "Tenant";

    // Read by the filters; EF Core turns them into parameters per query, never constants.
    private string TenantFrom => Tenant.From;
    private string TenantTo => Tenant.To;
    private IReadOnlyList<string> TenantLineage => Tenant.Lineage;

    // Null for the root unit's scope, which holds every record. EF Core builds its SQL per null
    // pattern of the parameters, so the root's queries carry no visibility test at all and the
    // planner is free to walk an ordered index; every other scope gets the full test.
    private string? TenantBounded => Tenant.IsWhole ? null : Tenant.From;

    /// <summary>
    /// The share rows without the share filter, for the case filters' subquery only: the cases shared
    /// into the scope whose owner lies outside it. A share of a case owned in the scope adds nothing
    /// (the owner range holds the case); leaving it out keeps the list to the cases from outside,
    /// read from the share index alone (target, owner, case) without share or case rows. A share's
    /// owner path is its case's, which never changes.
    /// </summary>
    private DbSet<ShareTarget> ShareTargets => Set<ShareTarget>();

    /// <summary>
    /// DESIGN §4. Visibility is a half-open range test on a path column (<see cref="PathRange"/>),
    /// which seeks on an ordinary index in SQLite and SQL Server alike (LIKE would not on SQLite,
    /// and is case-insensitive there). Rule 1: records owned in the scope or shared into it.
    /// Rule 2: services owned in the scope or by one of the scope's ancestors.
    /// </summary>
    private void ApplyTenantFilters(ModelBuilder builder)
    {
        PathRange.Map(builder);

        builder.Entity<CaseShare>().HasQueryFilter(TenantFilter, s =>
            PathRange.Within(s.OwnerPath, TenantFrom, TenantTo) || PathRange.Within(s.TargetPath, TenantFrom, TenantTo));

        // The share subquery is uncorrelated (a range seek on the share index), so the
        // database evaluates it once and probes the case key.
        // While a page walks (CaseWalk), the owner range is tested on each row the walk reads.
        // While the cases are found by another index (ProbesShares), each case read outside the
        // owner range asks for its own shares instead.
        builder.Entity<Case>().HasQueryFilter(TenantFilter, c =>
            PathRange.Unbounded(TenantBounded)
            || (PathRange.Unbounded(TenantWalked) && PathRange.Within(c.OwnerPath, TenantFrom, TenantTo))
            || (!PathRange.Unbounded(TenantWalked) && PathRange.WithinUnindexed(c.OwnerPath, TenantFrom, TenantTo))
            || (PathRange.Unbounded(TenantProbed)
                && ShareTargets.Where(s => PathRange.Within(s.TargetPath, TenantFrom, TenantTo) && !PathRange.Within(s.OwnerPath, TenantFrom, TenantTo))
                    .Select(s => s.CaseId).Contains(c.Id))
            || (!PathRange.Unbounded(TenantProbed)
                && ShareTargets.Any(s => s.CaseId == c.Id && PathRange.Within(s.TargetPath, TenantFrom, TenantTo))));
        builder.Entity<Petitioner>().HasQueryFilter(TenantFilter, CaseRecord<Petitioner>());
        builder.Entity<CaseEvent>().HasQueryFilter(TenantFilter, CaseRecord<CaseEvent>());
        builder.Entity<CaseSupervision>().HasQueryFilter(TenantFilter, CaseRecord<CaseSupervision>());
        builder.Entity<CaseVerification>().HasQueryFilter(TenantFilter, CaseRecord<CaseVerification>());

        // A session is visible in its owner's scope, to its workroom's unit, and with its case
        // (EF Core applies the case filter inside this one).
        builder.Entity<MediationSession>().HasQueryFilter(TenantFilter, m =>
            PathRange.Within(m.OwnerPath, TenantFrom, TenantTo)
            || PathRange.Within(m.WorkroomPath, TenantFrom, TenantTo)
            || (m.CaseId != null && Cases.Any(c => c.Id == m.CaseId)));

        // Parties and mediators are visible with their session.
        builder.Entity<MediationParty>().HasQueryFilter(TenantFilter, p => MediationSessions.Any(m => m.Id == p.SessionId));
        builder.Entity<Mediator>().HasQueryFilter(TenantFilter, p => MediationSessions.Any(m => m.Id == p.SessionId));

        builder.Entity<Workroom>().HasQueryFilter(TenantFilter, Service<Workroom>());
        builder.Entity<Elder>().HasQueryFilter(TenantFilter, Service<Elder>());
        builder.Entity<Campaign>().HasQueryFilter(TenantFilter, Service<Campaign>());

        builder.Entity<Suggestion>().HasQueryFilter(TenantFilter, s => PathRange.Within(s.OwnerPath, TenantFrom, TenantTo));

        // A meeting is visible in its owner's scope and to every attending unit's scope. Attendee
        // rows carry no filter of their own (the meeting's filter reads them, and a filter may not
        // come back to itself); they are read only through a visible meeting.
        builder.Entity<Meeting>().HasQueryFilter(TenantFilter, m =>
            PathRange.Within(m.OwnerPath, TenantFrom, TenantTo)
            || MeetingAttendees.Any(a => a.MeetingId == m.Id && PathRange.Within(a.UnitPath, TenantFrom, TenantTo)));
        builder.Entity<MeetingAgendaItem>().HasQueryFilter(TenantFilter, a => Meetings.Any(m => m.Id == a.MeetingId));
        builder.Entity<MeetingDecision>().HasQueryFilter(TenantFilter, d => Meetings.Any(m => m.Id == d.MeetingId));

        // Reception days are a service (rule 2); an appointment, with a resident's details, is a
        // record (rule 1) of the schedule's unit, also visible to the unit that booked it.
        builder.Entity<ReceptionSchedule>().HasQueryFilter(TenantFilter, Service<ReceptionSchedule>());
        builder.Entity<ReceptionAppointment>().HasQueryFilter(TenantFilter, a =>
            PathRange.Within(a.OwnerPath, TenantFrom, TenantTo) || PathRange.Within(a.BookedByPath, TenantFrom, TenantTo));

        // A visit is a record (rule 1); its questionnaire, answers and issues are visible with it.
        builder.Entity<OutreachVisit>().HasQueryFilter(TenantFilter, v => PathRange.Within(v.OwnerPath, TenantFrom, TenantTo));
        builder.Entity<QuestionnaireQuestion>().HasQueryFilter(TenantFilter, q => Visits.Any(v => v.Id == q.VisitId));
        builder.Entity<QuestionnaireAnswer>().HasQueryFilter(TenantFilter, a => Visits.Any(v => v.Id == a.VisitId));
        builder.Entity<VisitIssue>().HasQueryFilter(TenantFilter, i => Visits.Any(v => v.Id == i.VisitId));

        // Administration history: a record of the unit it concerns (rule 1, without shares).
        builder.Entity<AuditEntry>().HasQueryFilter(TenantFilter, e => PathRange.Within(e.OwnerPath, TenantFrom, TenantTo));

        // A history entry is visible with its subject; EF Core applies the subject's filter inside this one.
        builder.Entity<ActivityEvent>().HasQueryFilter(TenantFilter, e =>
            (e.SessionId != null && MediationSessions.Any(m => m.Id == e.SessionId))
            || (e.WorkroomId != null && Workrooms.Any(w => w.Id == e.WorkroomId))
            || (e.SuggestionId != null && Suggestions.Any(s => s.Id == e.SuggestionId))
            || (e.SuggestionId == null && e.CampaignId != null && Campaigns.Any(c => c.Id == e.CampaignId)));

        // An attachment is visible with its subject; EF Core applies the subject's filter inside this one.
        builder.Entity<Attachment>().HasQueryFilter(TenantFilter, a =>
            (a.CaseId != null && Cases.Any(c => c.Id == a.CaseId))
            || (a.SessionId != null && MediationSessions.Any(m => m.Id == a.SessionId))
            || (a.SuggestionId != null && Suggestions.Any(s => s.Id == a.SuggestionId))
            || (a.MeetingId != null && Meetings.Any(m => m.Id == a.MeetingId)));
    }

    /// <summary>
    /// Rule 1 for a record of a case: owned in scope, or its case shared into scope. Records are read
    /// by their cases' ids, so the share test is asked per record, and only of those owned outside
    /// the scope, with a seek on the share's case key (EXISTS); the list form of the case filter,
    /// built once per statement, cost SQLite more than the whole rest of the filter inside the
    /// windowed child pages.
    /// </summary>
    private Expression<Func<T, bool>> CaseRecord<T>()
        where T : class, ICaseRecord =>
        r => PathRange.Unbounded(TenantBounded)
            || PathRange.Within(r.OwnerPath, TenantFrom, TenantTo)
            || ShareTargets.Any(s => s.CaseId == r.CaseId && PathRange.Within(s.TargetPath, TenantFrom, TenantTo));

    /// <summary>Rule 2: owned in the scope, or owned by the scope's unit or one of its ancestors.</summary>
    private Expression<Func<T, bool>> Service<T>()
        where T : class, ITenantOwned =>
        r => PathRange.Within(r.OwnerPath, TenantFrom, TenantTo) || TenantLineage.Contains(r.OwnerPath);
}
