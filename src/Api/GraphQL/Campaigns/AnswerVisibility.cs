using GraphQL;
using GraphQL.DataLoader;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.Tenancy;
using Platform.Data.Entities;
using Platform.Data.Events;
using Platform.Workflow.Campaigns;

namespace Platform.Api.GraphQL.Campaigns;

/// <summary>
/// Answers are internal until the campaign publishes them. A campaign writer (see
/// <see cref="CampaignAccess.IsWriter"/>) always sees them. Anyone else who can see a suggestion
/// sees, until <c>publishAnswers</c>: <c>status</c> UNDER_REVIEW for an answered suggestion
/// (SUBMITTED stays SUBMITTED), null <c>response</c>, <c>answeredAt</c>, <c>implementationProgress</c>
/// and <c>implementationNote</c>, no SUGGESTION_ANSWERED or SUGGESTION_IMPLEMENTATION_RECORDED history
/// entries, campaign counts folded the same way and a null <c>adoptionRate</c>.
/// </summary>
public static class AnswerVisibility
{
    public static readonly IReadOnlyList<string> AnswerKinds = [ActivityKinds.SuggestionAnswered, ActivityKinds.SuggestionImplementationRecorded];

    public static bool IsWriter(IResolveFieldContext context, string ownerPath) =>
        CampaignAccess.IsWriter(context.RequestServices!.GetRequiredService<CurrentPrincipal>().Actor, ownerPath);

    /// <summary><paramref name="shown"/> for those who may read the suggestion's answer, else <paramref name="hidden"/>.</summary>
    public static IDataLoaderResult<T> Answer<T>(IResolveFieldContext context, Suggestion suggestion, T shown, T hidden) =>
        IsWriter(context, suggestion.OwnerPath)
            ? LoaderResults.Value(shown)
            : CampaignDataLoaders.AnswersPublished(context, suggestion.CampaignId).Then(published => published ? shown : hidden);

    /// <summary>
    /// Suggestions as an outsider sees them, in the query itself: until the campaign publishes its
    /// answers, the status folds to SUBMITTED / UNDER_REVIEW and the answer fields are empty, so
    /// that filtering or ordering on them reveals nothing.
    /// </summary>
    /// <param name="published">The ids of the campaigns in question that published their answers.</param>
    public static IQueryable<Suggestion> AsSeenByOutsiders(IQueryable<Suggestion> suggestions, IReadOnlyCollection<int> published) =>
        suggestions.Select(s => new Suggestion
        {
            Id = s.Id,
            CampaignId = s.CampaignId,
            OwnerPath = s.OwnerPath,
            Content = s.Content,
            Topic = s.Topic,
            Channel = s.Channel,
            SubmitterName = s.SubmitterName,
            SubmitterPhone = s.SubmitterPhone,
            SubmittedAt = s.SubmittedAt,
            CaseId = s.CaseId,
            Version = s.Version,
            Status = published.Contains(s.CampaignId) || s.Status == SuggestionStatus.Submitted ? s.Status : SuggestionStatus.UnderReview,
            Response = published.Contains(s.CampaignId) ? s.Response : null,
            AnsweredAt = published.Contains(s.CampaignId) ? s.AnsweredAt : null,
            ImplementationProgress = published.Contains(s.CampaignId) ? s.ImplementationProgress : null,
            ImplementationNote = published.Contains(s.CampaignId) ? s.ImplementationNote : null,
        });

    /// <summary>The status an outsider sees before publication.</summary>
    public static SuggestionStatus Outward(SuggestionStatus status) =>
        status == SuggestionStatus.Submitted ? status : SuggestionStatus.UnderReview;

    /// <summary>Counts as an outsider sees them before publication.</summary>
    public static IReadOnlyList<SuggestionStatusCount> Outward(IReadOnlyList<SuggestionStatusCount> counts) =>
        counts.GroupBy(c => Outward(c.Status)).Select(g => new SuggestionStatusCount(g.Key, g.Sum(c => c.Count))).OrderBy(c => c.Status).ToList();

    public static IReadOnlyList<ActivityEvent> Outward(IReadOnlyList<ActivityEvent> history) =>
        history.Where(e => !AnswerKinds.Contains(e.Kind)).ToList();
}
