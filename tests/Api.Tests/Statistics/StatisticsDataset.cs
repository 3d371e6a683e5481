using Microsoft.EntityFrameworkCore;
using Platform.Data;
using Platform.Data.Entities;
using static Platform.Api.Tests.Statistics.StatisticsPlatform;

namespace Platform.Api.Tests.Statistics;

/// <summary>
/// The fixed dataset the expected figures are computed from by hand. 普陀区 gets a second
/// township, 真如镇 (test only), so that its breakdown has two rows. Deadlines: acceptance due
/// 15 days after registration, resolution 60 days after acceptance; now is 2031-07-01.
/// </summary>
public static class StatisticsDataset
{
    public const string Putuo = "/sh/putuo/";
    public const string Taopu = "/sh/putuo/taopu/";
    public const string Loupu = "/sh/putuo/taopu/loupu/";
    public const string Chunguang = "/sh/putuo/taopu/chunguang/";
    public const string Zhenjian = "/sh/putuo/taopu/zhenjian/";
    public const string Ziteng = "/sh/putuo/taopu/ziteng/";
    public const string Zhenru = "/sh/putuo/zhenru/";

    public static async Task AddAsync(PlatformDbContext db)
    {
        var putuo = await db.Units.SingleAsync(u => u.Path == Putuo);
        db.Units.Add(new Unit { Code = "zhenru", Name = "真如镇", Kind = UnitKind.Township, ParentId = putuo.Id, Path = Zhenru, Depth = 2 });
        await db.SaveChangesAsync();

        var r = new StatsRecords(await db.Units.ToDictionaryAsync(u => u.Path));
        db.Cases.AddRange(
            // T1 桃浦: accepted and resolved on time, satisfied.
            r.Verified(r.Case(Taopu, Channel.Visit, CaseCategory.Housing, CaseStatus.Closed, 3, At(1, 10), At(1, 12), At(3, 1)), At(3, 5), Satisfaction.Satisfied),

            // T2 楼浦: accepted late (due 2-16), resolved late (due 4-21); dissatisfied, then basically satisfied after review.
            r.Verified(
                r.Verified(r.Case(Loupu, Channel.Phone, CaseCategory.Housing, CaseStatus.Verified, 1, At(2, 1), At(2, 20), At(5, 1)), At(5, 5), Satisfaction.Dissatisfied),
                At(6, 1),
                Satisfaction.BasicallySatisfied),

            // T3 紫藤苑: on time (resolve due 5-4), dissatisfied, reopened and overdue now; escalated twice.
            r.Shared(
                r.Shared(
                    r.Verified(r.Case(Ziteng, Channel.Visit, CaseCategory.UrbanConstruction, CaseStatus.InProgress, 5, At(3, 1), At(3, 5), At(4, 20)), At(4, 25), Satisfaction.Dissatisfied),
                    ShareKind.Escalate, Ziteng, Taopu, At(3, 2)),
                ShareKind.Escalate, Taopu, Putuo, At(3, 3)),

            // T4 春光: registered, acceptance due 6-16 → overdue now; referred to 长白; asked 228街坊 for assistance.
            r.Shared(
                r.Shared(r.Case(Chunguang, Channel.Online, CaseCategory.LaborWages, CaseStatus.Registered, 2, At(6, 1)), ShareKind.Refer, Chunguang, "/sh/yangpu/changbai/", At(6, 2)),
                ShareKind.Assist, Chunguang, "/sh/yangpu/changbai/jiefang228/", At(6, 3)),

            // T5 桃浦: accepted on time, resolution due 8-21 → not overdue.
            r.Case(Taopu, Channel.QrCode, CaseCategory.Transport, CaseStatus.Accepted, 1, At(6, 20), At(6, 22)),

            // T6 真建: declined on 4-10 (due 4-16).
            StatsRecords.Declined(r.Case(Zhenjian, Channel.Letter, CaseCategory.Other, CaseStatus.NotAccepted, 1, At(4, 1)), At(4, 10)),

            // Z1 真如: accepted late (due 2-25), resolution due 4-27 → overdue now; never resolved or verified.
            r.Case(Zhenru, Channel.Visit, CaseCategory.NeighbourDispute, CaseStatus.InProgress, 4, At(2, 10), At(2, 26)),

            // Z2 真如: withdrawn; linked below as a repeat of Z1.
            r.Case(Zhenru, Channel.Phone, CaseCategory.NeighbourDispute, CaseStatus.Withdrawn, 1, At(3, 3)),

            // Outside the period: the instant before it and the instant it ends.
            r.Case(Taopu, Channel.Visit, CaseCategory.Housing, CaseStatus.Registered, 7, At(1, 1).AddSeconds(-1)),
            r.Case(Taopu, Channel.Visit, CaseCategory.Housing, CaseStatus.Registered, 7, At(1, 1).AddYears(1)),

            // Outside 普陀 but referred into 楼浦: visible there, yet not 普陀's figure.
            r.Shared(r.Case("/sh/yangpu/changbai/", Channel.Visit, CaseCategory.Housing, CaseStatus.Registered, 1, At(3, 1)), ShareKind.Refer, "/sh/yangpu/changbai/", Loupu, At(3, 2)),

            // 宝山: one in 杨行一村, one at the district itself.
            r.Case("/sh/baoshan/yanghang/yhcun1/", Channel.Visit, CaseCategory.Environment, CaseStatus.Registered, 2, At(5, 1)),
            r.Case("/sh/baoshan/", Channel.Letter, CaseCategory.Environment, CaseStatus.Registered, 1, At(5, 2)));

        await db.SaveChangesAsync();
        var zhenru = await db.Cases.Where(c => c.OwnerPath == Zhenru).OrderBy(c => c.RegisteredAt).ToListAsync();
        zhenru[1].PrimaryCaseId = zhenru[0].Id;

        db.MediationSessions.AddRange(
            r.Session(Taopu, At(3, 10), MediationStatus.Completed, MediationOutcome.Agreement),
            r.Session(Loupu, At(4, 10), MediationStatus.Completed, MediationOutcome.NoAgreement),
            r.Session(Taopu, At(7, 15), MediationStatus.Scheduled),
            r.Session(Taopu, At(5, 1), MediationStatus.Cancelled),
            r.Session(Taopu, At(1, 1).AddDays(-1), MediationStatus.Completed, MediationOutcome.Agreement));

        var campaign = await db.Campaigns.SingleAsync(c => c.OwnerPath == Taopu);
        db.Suggestions.AddRange(
            StatsRecords.Suggestion(campaign, At(2, 1), SuggestionStatus.Adopted),
            StatsRecords.Suggestion(campaign, At(2, 2), SuggestionStatus.PartlyAdopted),
            StatsRecords.Suggestion(campaign, At(2, 3), SuggestionStatus.NotAdopted),
            StatsRecords.Suggestion(campaign, At(2, 4), SuggestionStatus.UnderReview),
            StatsRecords.Suggestion(campaign, At(2, 5), SuggestionStatus.Submitted),
            StatsRecords.Suggestion(campaign, At(1, 1).AddDays(-1), SuggestionStatus.Adopted));
        await db.SaveChangesAsync();
    }
}
