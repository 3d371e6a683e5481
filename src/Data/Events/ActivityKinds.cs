namespace Platform.Data.Events;

/// <summary>The kinds (<see cref="Entities.ActivityEvent.Kind"/>) of history entries of sessions, workrooms, campaigns and suggestions.</summary>
public static class ActivityKinds
{
    public const string MediationScheduled = "MEDIATION_SCHEDULED";
    public const string MediationRescheduled = "MEDIATION_RESCHEDULED";
    public const string MediationCancelled = "MEDIATION_CANCELLED";
    public const string MediationRecorded = "MEDIATION_RECORDED";

    public const string WorkroomCreated = "WORKROOM_CREATED";
    public const string WorkroomUpdated = "WORKROOM_UPDATED";
    public const string ElderAdded = "ELDER_ADDED";
    public const string ElderRemoved = "ELDER_REMOVED";

    public const string CampaignCreated = "CAMPAIGN_CREATED";
    public const string CampaignOpened = "CAMPAIGN_OPENED";
    public const string CampaignClosed = "CAMPAIGN_CLOSED";
    public const string CampaignConcluded = "CAMPAIGN_CONCLUDED";
    public const string AnswersPublished = "ANSWERS_PUBLISHED";

    public const string SuggestionSubmitted = "SUGGESTION_SUBMITTED";
    public const string SuggestionAnswered = "SUGGESTION_ANSWERED";
    public const string SuggestionImplementationRecorded = "SUGGESTION_IMPLEMENTATION_RECORDED";
    public const string SuggestionConverted = "SUGGESTION_CONVERTED";
}
