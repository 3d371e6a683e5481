using Platform.Data.Entities;

namespace Platform.Data.Seeding;

/// <summary>
/// Suggestion campaigns: the 桃浦 urban construction campaign, still open so that new suggestions
/// can come in, and a concluded one at 石湖荡 with its answers published.
/// </summary>
internal static class DemoCampaigns
{
    public const string TaopuPath = "/sh/putuo/taopu/";
    public const string ShihudangPath = "/sh/songjiang/shihudang/";

    public static IReadOnlyList<Campaign> Build(DemoSeedContext context)
    {
        var now = context.Now;
        var taopu = new Campaign
        {
            UnitId = context.Unit(TaopuPath).Id,
            OwnerPath = TaopuPath,
            Title = "桃浦镇城市建设人民建议征集（口袋公园、桥下空间、边角空白墙、临时停车）",
            Description = "围绕\"家门口\"的城市更新，面向辖区居民、企业职工征集建议：如何把边角地建成口袋公园，如何利用高架和桥下空间，" +
                "如何美化沿街空白墙面，以及如何缓解老旧小区周边临时停车难。建议将逐条答复，采纳情况定期公布。",
            Status = CampaignStatus.Open,
            OpensAt = now.Date.AddDays(-120),
            ClosesAt = now.Date.AddDays(30),
            AnswersPublished = false,
            CreatedAt = now.Date.AddDays(-125),
        };
        taopu.Suggestions.AddRange(DemoSuggestions.Taopu.Select((s, i) => Suggestion(context, taopu, s, i)));

        var shihudang = new Campaign
        {
            UnitId = context.Unit(ShihudangPath).Id,
            OwnerPath = ShihudangPath,
            Title = "石湖荡镇乡村人居环境人民建议征集",
            Description = "征集村庄道路、河道、公共活动场地等人居环境改善建议。",
            Status = CampaignStatus.Concluded,
            OpensAt = now.Date.AddDays(-300),
            ClosesAt = now.Date.AddDays(-240),
            AnswersPublished = true,
            Summary = "共收到建议4条，采纳2条、部分采纳1条，均已答复；村内健身步道和河道护栏已建成。",
            CreatedAt = now.Date.AddDays(-305),
        };
        shihudang.Suggestions.AddRange(DemoSuggestions.Shihudang.Select((s, i) => Suggestion(context, shihudang, s, 100 + i)));

        return [taopu, shihudang];
    }

    private static Suggestion Suggestion(DemoSeedContext context, Campaign campaign, DemoSuggestionSpec spec, int index)
    {
        var submittedAt = context.DaysAgo(spec.DaysAgo, index);
        var answered = spec.Status is not (SuggestionStatus.Submitted or SuggestionStatus.UnderReview);
        var salt = 500 + index * 13;
        return new Suggestion
        {
            OwnerPath = campaign.OwnerPath,
            Content = spec.Content,
            Topic = spec.Topic,
            Channel = spec.Channel,
            SubmitterName = spec.Anonymous ? null : DemoPetitioners.Name(salt),
            SubmitterPhone = spec.Anonymous ? null : DemoPetitioners.Mobile(salt),
            SubmittedAt = submittedAt,
            Status = spec.Status,
            Response = answered ? spec.Response : null,
            AnsweredAt = answered ? submittedAt.AddDays(Math.Min(spec.AnsweredAfter, spec.DaysAgo - 1)) : null,
            ImplementationProgress = spec.Progress,
            ImplementationNote = spec.ImplementationNote,
        };
    }
}
