using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Workflow.Attachments;
using Platform.Workflow.Campaigns;
using Platform.Workflow.Cases;
using Platform.Workflow.Common;
using Platform.Workflow.Duplicates;
using Platform.Workflow.Mediation;
using Platform.Workflow.Meetings;
using Platform.Workflow.Receptions;
using Platform.Workflow.Residents;
using Platform.Workflow.Visits;
using Platform.Workflow.Webhooks;
using Platform.Workflow.Workrooms;

namespace Platform.Workflow;

public static class PlatformWorkflowServiceCollectionExtensions
{
    /// <summary>
    /// Registers every feature's workflow (scoped, over the tenant-bound context factory of
    /// <c>AddPlatformData</c>) the <c>Cases:Deadlines</c> policy and the <c>Attachments</c> bounds.
    /// </summary>
    public static IServiceCollection AddPlatformWorkflow(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DeadlinePolicy>(configuration.GetSection(DeadlinePolicy.Section));
        services.AddScoped<ChangeRunner>();
        services.AddScoped<CaseIntake>();
        services.AddScoped<CaseSharing>();
        services.AddScoped<CaseFollowUp>();
        services.AddScoped<CaseLeaderActs>();
        services.AddScoped<CaseResolution>();
        services.AddScoped<MediationScheduling>();
        services.AddScoped<MediationOutcomes>();
        services.AddScoped<WorkroomManagement>();
        services.AddScoped<WorkroomElders>();
        services.AddScoped<CampaignLifecycle>();
        services.AddScoped<SuggestionHandling>();
        services.AddScoped<SuggestionConversion>();
        services.AddScoped<MeetingManagement>();
        services.AddScoped<MeetingDecisions>();
        services.AddScoped<ReceptionDays>();
        services.AddScoped<VisitRecords>();
        services.AddScoped<PetitionDesk>();
        services.AddScoped<PublicRequests>();
        services.Configure<DuplicatePolicy>(configuration.GetSection(DuplicatePolicy.Section));
        services.AddScoped<DuplicateLinks>();
        services.AddScoped<DuplicateFinder>();
        services.AddScoped<WebhookRegistry>();
        services.Configure<AttachmentOptions>(configuration.GetSection(AttachmentOptions.Section));
        services.AddScoped<AttachmentUploads>();
        return services;
    }
}
