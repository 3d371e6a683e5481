using Microsoft.EntityFrameworkCore;
using Platform.Data;
using Platform.Data.Entities;
using static Platform.Api.Tests.Statistics.StatisticsDataset;

namespace Platform.Api.Tests.Statistics;

/// <summary>
/// A planted rise, in 2033 (apart from the 2031 figures): April against the 30 days before it.
/// ENVIRONMENT rises from 1 to 6 in 普陀; HOUSING (3 → 4) and TRANSPORT (2 → 3) rise by one;
/// LABOR_WAGES rises by two but stays under the minimum count of three; 宝山's ten do not count.
/// </summary>
public static class HotSpotDataset
{
    public static readonly DateTime From = Day(4, 1);
    public static readonly DateTime To = Day(5, 1);

    public static DateTime Day(int month, int day) => new(2033, month, day, 9, 0, 0, DateTimeKind.Utc);

    /// <summary>Each category's cases say the same thing, so its words rise with it: 工地, 噪声 and 扰民 by five.</summary>
    public static readonly IReadOnlyDictionary<CaseCategory, (string Title, string Description)> Texts = new Dictionary<CaseCategory, (string, string)>
    {
        [CaseCategory.Environment] = ("工地噪声扰民", "夜间施工噪声"),
        [CaseCategory.Housing] = ("房屋漏水", "楼顶渗水"),
        [CaseCategory.Transport] = ("道路拥堵", "路口拥堵"),
        [CaseCategory.LaborWages] = ("拖欠工资", "工资未发"),
    };

    public static async Task AddAsync(PlatformDbContext db)
    {
        var r = new StatsRecords(await db.Units.ToDictionaryAsync(u => u.Path));
        var cases = new List<Case>();
        void Add(string path, CaseCategory category, int count, int month, int day)
        {
            for (var i = 0; i < count; i++)
            {
                var planted = r.Case(path, Channel.Visit, category, CaseStatus.Registered, 1, Day(month, day + i));
                (planted.Title, planted.Description) = Texts[category];
                cases.Add(planted);
            }
        }

        // Before: 3-10 to 3-20.
        Add(Taopu, CaseCategory.Housing, 3, 3, 10);
        Add(Zhenru, CaseCategory.Transport, 2, 3, 14);
        Add(Loupu, CaseCategory.Environment, 1, 3, 20);

        // The period: April.
        Add(Loupu, CaseCategory.Environment, 4, 4, 2);
        Add(Ziteng, CaseCategory.Environment, 2, 4, 12);
        Add(Taopu, CaseCategory.Housing, 4, 4, 5);
        Add(Zhenru, CaseCategory.Transport, 3, 4, 20);
        Add(Chunguang, CaseCategory.LaborWages, 2, 4, 25);
        Add("/sh/baoshan/yanghang/yhcun1/", CaseCategory.Environment, 10, 4, 3);

        db.Cases.AddRange(cases);
        await db.SaveChangesAsync();
    }
}
