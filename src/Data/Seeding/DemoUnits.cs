using Platform.Data.Entities;

namespace Platform.Data.Seeding;

/// <summary>The demo jurisdiction tree of DESIGN §8, parents before children.</summary>
public static class DemoUnits
{
    public sealed record DemoUnit(string Path, string Name, UnitKind Kind);

    public static readonly IReadOnlyList<DemoUnit> All =
    [
        new("/sh/", "上海市", UnitKind.City),

        new("/sh/baoshan/", "宝山区", UnitKind.District),
        new("/sh/baoshan/yanghang/", "杨行镇", UnitKind.Township),
        new("/sh/baoshan/yanghang/yhcun1/", "杨行一村", UnitKind.Committee),
        new("/sh/baoshan/yanghang/yhcun2/", "杨行二村", UnitKind.Committee),

        new("/sh/putuo/", "普陀区", UnitKind.District),
        new("/sh/putuo/taopu/", "桃浦镇", UnitKind.Township),
        new("/sh/putuo/taopu/loupu/", "楼浦村", UnitKind.Committee),
        new("/sh/putuo/taopu/loupu/g1/", "楼浦村第一网格", UnitKind.Grid),
        new("/sh/putuo/taopu/loupu/g2/", "楼浦村第二网格", UnitKind.Grid),
        new("/sh/putuo/taopu/chunguang/", "春光村", UnitKind.Committee),
        new("/sh/putuo/taopu/zhenjian/", "真建村", UnitKind.Committee),
        new("/sh/putuo/taopu/ziteng/", "紫藤苑居委会", UnitKind.Committee),
        new("/sh/putuo/taopu/ziteng/g1/", "紫藤苑第一网格", UnitKind.Grid),
        new("/sh/putuo/taopu/taopu-police/", "桃浦派出所", UnitKind.Department),
        new("/sh/putuo/taopu/taopu-justice/", "桃浦司法所", UnitKind.Department),

        new("/sh/yangpu/", "杨浦区", UnitKind.District),
        new("/sh/yangpu/changbai/", "长白新村街道", UnitKind.Township),
        new("/sh/yangpu/changbai/jiefang228/", "228街坊居委会", UnitKind.Committee),
        new("/sh/yangpu/changbai/antu/", "安图新村居委会", UnitKind.Committee),
        new("/sh/yangpu/changbai/antu/g1/", "安图新村第一网格", UnitKind.Grid),
        new("/sh/yangpu/changbai/changbai-police/", "长白派出所", UnitKind.Department),

        new("/sh/songjiang/", "松江区", UnitKind.District),
        new("/sh/songjiang/shihudang/", "石湖荡镇", UnitKind.Township),
        new("/sh/songjiang/shihudang/shdcun1/", "石湖荡一村", UnitKind.Committee),
        new("/sh/songjiang/shihudang/shdcun2/", "石湖荡二村", UnitKind.Committee),
    ];

    public static string CodeOf(string path) => path.TrimEnd('/')[(path.TrimEnd('/').LastIndexOf('/') + 1)..];

    public static string? ParentOf(string path)
    {
        var trimmed = path.TrimEnd('/');
        var cut = trimmed.LastIndexOf('/');
        return cut <= 0 ? null : trimmed[..(cut + 1)];
    }
}
