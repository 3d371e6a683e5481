using System.Globalization;
using Platform.Data.Entities;

namespace Platform.Data.Seeding;

/// <summary>Fake but well-formed petitioner PII, derived from the case's position so that every run is the same.</summary>
internal static class DemoPetitioners
{
    private static readonly string[] Surnames =
        ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "沈", "顾", "陆"];

    private static readonly string[] GivenNames =
        ["建国", "秀英", "桂英", "志强", "玉兰", "国华", "美华", "伟", "丽娟", "海峰", "金根", "阿妹", "永明", "红梅", "晓东", "佩华", "德林", "雪芳", "卫东", "文静", "根宝"];

    private static readonly string[] MobilePrefixes = ["138", "139", "137", "135", "136", "158", "159", "186", "189", "133"];

    private static readonly Dictionary<string, (string Area, string[] Streets)> Districts = new()
    {
        ["baoshan"] = ("310113", ["宝山区杨行镇杨行路", "宝山区杨行镇松兰路", "宝山区杨行镇水产路"]),
        ["putuo"] = ("310107", ["普陀区桃浦镇真建路", "普陀区桃浦镇武威路", "普陀区桃浦镇景泰路"]),
        ["yangpu"] = ("310110", ["杨浦区长白新村街道安图路", "杨浦区长白新村街道长白路", "杨浦区长白新村街道延吉东路"]),
        ["songjiang"] = ("310117", ["松江区石湖荡镇石湖荡路", "松江区石湖荡镇新源路", "松江区石湖荡镇东夏路"]),
    };

    public static IEnumerable<Petitioner> For(DemoCaseSpec spec, int index)
    {
        var count = spec.Headcount switch
        {
            >= 3 => 3,
            2 => 2,
            _ => index % 3 == 0 ? 2 : 1,
        };
        var (area, streets) = Districts[DemoSeedContext.DistrictOf(spec.OwnerPath)];
        for (var k = 0; k < count; k++)
        {
            var salt = index * 31 + k * 17;
            yield return new Petitioner
            {
                OwnerPath = spec.OwnerPath,
                Ordinal = k,
                Name = Name(salt),
                Phone = Mobile(salt),
                IdNumber = IdNumber(area, salt),
                Address = $"{streets[salt % streets.Length]}{100 + salt % 900}弄{1 + salt % 40}号{101 + salt % 6 * 100 + salt % 4}室",
            };
        }
    }

    public static string Name(int salt) => Surnames[salt % Surnames.Length] + GivenNames[salt * 7 % GivenNames.Length];

    public static string Mobile(int salt) =>
        MobilePrefixes[salt % MobilePrefixes.Length] + (10_000_000 + (long)salt * 7_919_731 % 90_000_000).ToString("D8");

    /// <summary>An 18-character resident ID number with a valid ISO 7064 MOD 11-2 check character.</summary>
    public static string IdNumber(string area, int salt)
    {
        var birth = new DateOnly(1948 + salt % 50, 1 + salt % 12, 1 + salt % 28);
        var body = string.Create(CultureInfo.InvariantCulture, $"{area}{birth:yyyyMMdd}{salt * 37 % 1000:D3}");
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = body.Select((c, i) => (c - '0') * weights[i]).Sum();
        return body + "10X98765432"[sum % 11];
    }
}
