using System.Globalization;

namespace Platform.Bench.Generation;

/// <summary>Made-up but well-formed petitioner data: names, mobile numbers, resident ID numbers, addresses.</summary>
internal static class PersonFaker
{
    private static readonly string[] Surnames =
        ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "高", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "萧", "田", "董", "潘", "袁", "蔡", "蒋", "余"];

    private static readonly string[] Given =
        ["志明", "丽华", "建平", "淑珍", "海燕", "国庆", "秀兰", "振华", "春梅", "永康", "桂芳", "文华", "德明", "凤英", "家豪", "雅琴", "卫国", "晓燕", "明辉", "慧敏", "宏伟", "玉珍", "思远", "雪梅", "立新", "佳怡", "金宝", "美玲", "浩然", "巧云"];

    private static readonly string[] MobilePrefixes = ["130", "131", "132", "135", "136", "137", "138", "139", "150", "151", "152", "157", "158", "159", "177", "186", "187", "188", "189", "199"];

    private static readonly string[] Roads = ["人民路", "建设路", "解放路", "中山路", "和平路", "新华路", "长江路", "友谊路", "光明路", "胜利路", "文化路", "育才路"];

    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    public static string Name(Random random) =>
        Surnames[random.Next(Surnames.Length)] + (random.Next(4) == 0 ? Given[random.Next(Given.Length)][..1] : Given[random.Next(Given.Length)]);

    public static string Mobile(Random random) =>
        MobilePrefixes[random.Next(MobilePrefixes.Length)] + random.Next(0, 100_000_000).ToString("D8", CultureInfo.InvariantCulture);

    /// <summary>18 characters: a Shanghai area code, a birth date, a sequence and the ISO 7064 MOD 11-2 check character.</summary>
    public static string IdNumber(Random random)
    {
        var area = 310101 + random.Next(0, 30);
        var birth = new DateOnly(1940, 1, 1).AddDays(random.Next(0, 365 * 65));
        var body = string.Create(CultureInfo.InvariantCulture, $"{area}{birth:yyyyMMdd}{random.Next(0, 1000):D3}");
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            sum += (body[i] - '0') * Weights[i];
        }

        return body + "10X98765432"[sum % 11];
    }

    /// <summary>An address in the unit's district: street, lane, number and room.</summary>
    public static string Address(string districtName, Random random) =>
        string.Create(CultureInfo.InvariantCulture,
            $"上海市{districtName}{Roads[random.Next(Roads.Length)]}{random.Next(1, 2000)}弄{random.Next(1, 60)}号{random.Next(1, 20)}0{random.Next(1, 5)}室");
}
