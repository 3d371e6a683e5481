using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Platform.Data.Entities;
using Platform.Data.Tenancy;

namespace Platform.Data;

/// <summary>
/// The platform's store. Tenant-owned sets are filtered by <see cref="Tenant"/> (see
/// PlatformDbContext.TenantFilters.cs); a context created without a scope sees no records.
/// Each provider has a subclass that owns its migrations.
/// </summary>
public abstract partial class PlatformDbContext : IdentityDbContext<PlatformUser>
{
    protected PlatformDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>The scope the tenant filters read; set by the factory for every request.</summary>
    public TenantScope Tenant { get; internal set; } = TenantScope.None;

    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<Petitioner> Petitioners => Set<Petitioner>();
    public DbSet<CaseEvent> CaseEvents => Set<CaseEvent>();

    /// <summary>The search index, filtered like the cases it indexes.</summary>
    public DbSet<CaseTerm> CaseTerms => Set<CaseTerm>();

    /// <summary>Cases whose index rows are still to be built (a system table, no tenant filter).</summary>
    public DbSet<CaseIndexBacklog> CaseIndexBacklog => Set<CaseIndexBacklog>();
    public DbSet<CaseShare> CaseShares => Set<CaseShare>();
    public DbSet<CaseSupervision> CaseSupervisions => Set<CaseSupervision>();
    public DbSet<CaseVerification> CaseVerifications => Set<CaseVerification>();
    public DbSet<MediationSession> MediationSessions => Set<MediationSession>();
    public DbSet<MediationParty> MediationParties => Set<MediationParty>();
    public DbSet<Mediator> Mediators => Set<Mediator>();
    public DbSet<Workroom> Workrooms => Set<Workroom>();
    public DbSet<Elder> Elders => Set<Elder>();
    public DbSet<Campaign> Campaigns => Set<Campaign>();
    public DbSet<Suggestion> Suggestions => Set<Suggestion>();
    public DbSet<SigningKey> SigningKeys => Set<SigningKey>();
    public DbSet<CaseNumberCounter> CaseNumberCounters => Set<CaseNumberCounter>();
    public DbSet<ActivityEvent> ActivityEvents => Set<ActivityEvent>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<MeetingAttendee> MeetingAttendees => Set<MeetingAttendee>();
    public DbSet<MeetingAgendaItem> MeetingAgendaItems => Set<MeetingAgendaItem>();
    public DbSet<MeetingDecision> MeetingDecisions => Set<MeetingDecision>();
    public DbSet<ReceptionSchedule> ReceptionSchedules => Set<ReceptionSchedule>();
    public DbSet<ReceptionAppointment> ReceptionAppointments => Set<ReceptionAppointment>();
    public DbSet<OutreachVisit> Visits => Set<OutreachVisit>();
    public DbSet<QuestionnaireQuestion> QuestionnaireQuestions => Set<QuestionnaireQuestion>();
    public DbSet<QuestionnaireAnswer> QuestionnaireAnswers => Set<QuestionnaireAnswer>();
    public DbSet<VisitIssue> VisitIssues => Set<VisitIssue>();
    public DbSet<OutboxEvent> OutboxEvents => Set<OutboxEvent>();
    public DbSet<Webhook> Webhooks => Set<Webhook>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();
    public DbSet<WebhookCursor> WebhookCursors => Set<WebhookCursor>();
    public DbSet<Attachment> Attachments => Set<Attachment>();

    /// <summary>Attachments' bytes; read by key only after a signed link is verified (no tenant filter), else through <see cref="Attachments"/>.</summary>
    public DbSet<AttachmentContent> AttachmentContents => Set<AttachmentContent>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.UseOpenIddict();
        builder.ApplyConfigurationsFromAssembly(typeof(PlatformDbContext).Assembly);
        ApplyTenantFilters(builder);
        ApplySearchIndexFilter(builder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name so that the data reads the same in every tool.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<DateTime>().HaveConversion<Configurations.UtcDateTimeConverter>();
    }
}
