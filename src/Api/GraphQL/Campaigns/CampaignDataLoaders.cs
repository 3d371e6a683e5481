using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Paging;
using Platform.Api.Tenancy;
using Platform.Data;
using Platform.Data.Entities;
using Platform.Workflow.Campaigns;

namespace Platform.Api.GraphQL.Campaigns;

public static class CampaignDataLoaders
{
    /// <summary>A campaign's suggestions that the viewer can see, newest first by default.</summary>
    public static IDataLoaderResult<Connection<Suggestion>> Suggestions(IResolveFieldContext context, int campaignId)
    {
        var principal = context.RequestServices!.GetRequiredService<CurrentPrincipal>();

        // Every suggestion the caller sees lies in its scope, so whether it may read unpublished
        // answers depends on its scopes and roles alone.
        var readsAnswers = CampaignAccess.IsWriter(principal.Actor, principal.Scope.Path);
        return Connections.ByParent<Suggestion>(
            context,
            nameof(Suggestion.CampaignId),
            campaignId,
            q => q.OrderByDescending(s => s.SubmittedAt),
            asSeen: readsAnswers ? null : PublishedRewriteAsync);
    }

    /// <summary>Whether a campaign's answers are published; one command for every campaign asked about at a level.</summary>
    public static IDataLoaderResult<bool> AnswersPublished(IResolveFieldContext context, int campaignId) =>
        EntityLoaders.Batch(context, "Campaign/AnswersPublished", campaignId,
            (db, ids) => db.Campaigns.Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.AnswersPublished }), r => r.Id, r => r.AnswersPublished);

    /// <summary>
    /// The visible suggestions of a campaign counted by status: one grouped command for every
    /// campaign asked about at a level. Statuses without suggestions are left out.
    /// </summary>
    public static IDataLoaderResult<IReadOnlyList<SuggestionStatusCount>> CountsByStatus(IResolveFieldContext context, int campaignId) =>
        EntityLoaders.Group(context, "Suggestion/CountsByStatus", campaignId,
            (db, ids) => db.Suggestions.Where(s => ids.Contains(s.CampaignId))
                .GroupBy(s => new { s.CampaignId, s.Status })
                .Select(g => new { g.Key.CampaignId, g.Key.Status, Count = g.Count() }),
            r => r.CampaignId, r => new SuggestionStatusCount(r.Status, r.Count));

    /// <summary>The outsiders' rewrite for a batch of campaigns, given which of them published their answers.</summary>
    private static async Task<Func<IQueryable<Suggestion>, IQueryable<Suggestion>>> PublishedRewriteAsync(
        PlatformDbContext db, IReadOnlyList<int> campaignIds, CancellationToken cancellationToken)
    {
        var ids = campaignIds.ToList();
        var published = await db.Campaigns.AsNoTracking()
            .Where(c => ids.Contains(c.Id) && c.AnswersPublished)
            .Select(c => c.Id)
            .ToListAsync(cancellationToken);
        return suggestions => AnswerVisibility.AsSeenByOutsiders(suggestions, published);
    }
}
