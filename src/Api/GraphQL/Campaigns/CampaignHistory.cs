using GraphQL;
using GraphQL.DataLoader;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Campaigns;

/// <summary>History of campaigns and suggestions, with answer entries kept from outsiders until publication.</summary>
public static class CampaignHistory
{
    /// <summary>The entries whose <paramref name="foreignKey"/> is <paramref name="id"/>, oldest first, in one batch per level.</summary>
    public static IDataLoaderResult<IReadOnlyList<ActivityEvent>> Load(IResolveFieldContext context, string foreignKey, int id) =>
        EntityLoaders.ByParent<ActivityEvent>(
            context, foreignKey, id,
            q => q.OrderBy(e => e.OccurredAt).ThenBy(e => e.Id), alsoRead: [nameof(ActivityEvent.Kind)]);

    public static IDataLoaderResult<IReadOnlyList<ActivityEvent>> OfCampaign(IResolveFieldContext<Campaign> context)
    {
        var history = Load(context, nameof(ActivityEvent.CampaignId), context.Source.Id);
        return context.Source.AnswersPublished || AnswerVisibility.IsWriter(context, context.Source.OwnerPath)
            ? history
            : history.Then(AnswerVisibility.Outward);
    }

    public static IDataLoaderResult<IReadOnlyList<ActivityEvent>> OfSuggestion(IResolveFieldContext<Suggestion> context)
    {
        var history = Load(context, nameof(ActivityEvent.SuggestionId), context.Source.Id);
        return AnswerVisibility.IsWriter(context, context.Source.OwnerPath)
            ? history
            : LoaderResults.Both(history, CampaignDataLoaders.AnswersPublished(context, context.Source.CampaignId),
                (events, published) => published ? events : AnswerVisibility.Outward(events));
    }
}
