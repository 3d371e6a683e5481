using GraphQL;
using GraphQL.Types;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Projection;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Campaigns;

/// <summary>Counts of a campaign's visible suggestions, read in one grouped command per level.</summary>
public static class CampaignCountFields
{
    private static readonly string[] Gate = [nameof(Campaign.OwnerPath), nameof(Campaign.AnswersPublished)];

    public static void AddSuggestionCounts(this ObjectGraphType<Campaign> type)
    {
        type.Field<NonNullGraphType<IntGraphType>>("suggestionCount")
            .Description("The suggestions the viewer can see.")
            .Resolve(c => CampaignDataLoaders.CountsByStatus(c, c.Source.Id).Then(counts => counts.Sum(x => x.Count)));

        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SuggestionStatusCountType>>>>("countsByStatus")
            .Description("The visible suggestions per status (statuses without any are left out); before the answers are published, " +
                "viewers other than the campaign's writers see answered suggestions as UNDER_REVIEW.")
            .Reads(Gate)
            .Resolve(c => CampaignDataLoaders.CountsByStatus(c, c.Source.Id)
                .Then(counts => Shown(c) ? counts.OrderBy(x => x.Status).ToList() : AnswerVisibility.Outward(counts)));

        type.Field<FloatGraphType>("adoptionRate")
            .Description("(ADOPTED + PARTLY_ADOPTED) ÷ answered (ADOPTED, PARTLY_ADOPTED, NOT_ADOPTED) among the visible suggestions; " +
                "null when none is answered, or before publication for viewers other than the campaign's writers.")
            .Reads(Gate)
            .Resolve(c => CampaignDataLoaders.CountsByStatus(c, c.Source.Id).Then(counts => Shown(c) ? AdoptionRate(counts) : null));
    }

    public static double? AdoptionRate(IReadOnlyList<SuggestionStatusCount> counts)
    {
        var adopted = counts.Where(x => x.Status is SuggestionStatus.Adopted or SuggestionStatus.PartlyAdopted).Sum(x => x.Count);
        var answered = adopted + counts.Where(x => x.Status == SuggestionStatus.NotAdopted).Sum(x => x.Count);
        return answered == 0 ? null : (double)adopted / answered;
    }

    private static bool Shown(IResolveFieldContext<Campaign> c) =>
        c.Source.AnswersPublished || AnswerVisibility.IsWriter(c, c.Source.OwnerPath);
}
