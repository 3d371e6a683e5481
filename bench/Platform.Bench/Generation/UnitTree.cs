using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Platform.Data.Entities;

namespace Platform.Bench.Generation;

/// <summary>
/// The jurisdiction tree of a generated database: the demo units plus a generated tree of about
/// 5,000 units — 16 districts, 200 townships with about 20 committees each (28 under the demo
/// townships, so that 桃浦镇 has a township's worth of cases) and a grid under every fifth
/// committee. The tree is the same whatever the number of cases.
/// </summary>
internal sealed class UnitTree
{
    public const int DemoTownshipCommittees = 28;
    private const int TownshipsPerDistrict = 12;

    private static readonly (string Code, string Name)[] NewDistricts =
    [
        ("huangpu", "黄浦区"), ("xuhui", "徐汇区"), ("changning", "长宁区"), ("jingan", "静安区"),
        ("hongkou", "虹口区"), ("minhang", "闵行区"), ("jiading", "嘉定区"), ("pudong", "浦东新区"),
        ("jinshan", "金山区"), ("qingpu", "青浦区"), ("fengxian", "奉贤区"), ("chongming", "崇明区"),
    ];

    private static readonly string[] TownshipStems =
    [
        "新华", "东明", "金桥", "华泾", "江宁", "石门", "淮海", "瑞金", "打浦", "五里", "老西", "豫园",
        "半淞", "小东", "天平", "湖南", "枫林", "虹梅", "凌云", "龙华", "长桥", "田林", "康健", "斜土",
        "新泾", "仙霞", "周家", "北新", "曹家", "宜川", "甘泉", "石泉", "长风", "万里", "真如", "长征",
    ];

    private static readonly string[] CommitteeStems =
    [
        "春晖", "阳光", "和平", "幸福", "花园", "东方", "友谊", "丰收", "翠竹", "桃园", "长安", "红星",
        "光明", "建新", "兴业", "民主", "团结", "金秋", "锦绣", "康乐", "安居", "新风", "梅园", "兰苑",
        "松林", "柳岸", "荷塘", "枫叶", "银杏", "香樟",
    ];

    private UnitTree(List<UnitNode> units) => All = units;

    public IReadOnlyList<UnitNode> All { get; }

    public IEnumerable<UnitNode> Generated => All.Where(u => !u.IsDemo);

    public UnitNode ByPath(string path) => All.First(u => u.Path == path);

    /// <summary>Reads the demo units and accounts of a freshly seeded database and adds the generated tree in memory.</summary>
    public static UnitTree Build(SqliteConnection connection)
    {
        var units = SeededDemo.Units(connection);
        var nextId = units.Max(u => u.Id) + 1;
        var city = units.Single(u => u.Kind == UnitKind.City);

        var districts = units.Where(u => u.Kind == UnitKind.District).ToList();
        foreach (var (code, name) in NewDistricts)
        {
            districts.Add(Add(units, ref nextId, city, code, name, UnitKind.District));
        }

        var townshipIndex = 0;
        foreach (var district in districts)
        {
            // 浦东 is the largest district: four more townships bring the city to 200.
            var count = TownshipsPerDistrict + (district.Code == "pudong" ? 4 : 0);
            for (var t = 1; t <= count; t++, townshipIndex++)
            {
                var isTown = townshipIndex % 3 != 0;
                var stem = TownshipStems[townshipIndex % TownshipStems.Length];
                var name = $"{district.Name.Replace("新区", "", StringComparison.Ordinal).TrimEnd('区')}{stem}{(isTown ? "镇" : "街道")}";
                Add(units, ref nextId, district, $"t{t:D2}", name, UnitKind.Township);
            }
        }

        var committeeIndex = 0;
        foreach (var township in units.Where(u => u.Kind == UnitKind.Township).ToList())
        {
            var existing = township.Children.Count(c => c.Kind == UnitKind.Committee);
            var target = township.IsDemo ? DemoTownshipCommittees : 19 + township.Id % 3;
            var suffix = township.Name.EndsWith("街道", StringComparison.Ordinal) ? "居委会" : "村";
            for (var c = 1; existing + c <= target; c++, committeeIndex++)
            {
                var stem = CommitteeStems[committeeIndex % CommitteeStems.Length];
                var committee = Add(units, ref nextId, township, $"c{c:D2}", $"{stem}{c}{suffix}", UnitKind.Committee);
                if (committeeIndex % 5 == 0)
                {
                    Add(units, ref nextId, committee, "g1", $"{committee.Name}第一网格", UnitKind.Grid);
                }
            }
        }

        var tree = new UnitTree(units);
        tree.AssignActors(SeededDemo.Accounts(connection));
        return tree;
    }

    /// <summary>Inserts the generated units (the demo ones are already there).</summary>
    public void Insert(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO "Units" ("Id", "Code", "Name", "Kind", "ParentId", "Path", "Depth")
            VALUES ($id, $code, $name, $kind, $parent, $path, $depth)
            """;
        var p = Parameters(insert, "$id", "$code", "$name", "$kind", "$parent", "$path", "$depth");
        insert.Prepare();
        foreach (var unit in Generated)
        {
            p[0].Value = unit.Id;
            p[1].Value = unit.Code;
            p[2].Value = unit.Name;
            p[3].Value = unit.Kind.ToString();
            p[4].Value = unit.Parent!.Id;
            p[5].Value = unit.Path;
            p[6].Value = unit.Depth;
            insert.ExecuteNonQuery();
        }
    }

    public static SqliteParameter[] Parameters(SqliteCommand command, params string[] names) =>
        [.. names.Select(n => command.Parameters.Add(new SqliteParameter { ParameterName = n }))];

    private static UnitNode Add(List<UnitNode> units, ref int nextId, UnitNode parent, string code, string name, UnitKind kind)
    {
        var unit = new UnitNode { Id = nextId++, Code = code, Name = name, Kind = kind, Parent = parent, Path = $"{parent.Path}{code}/" };
        parent.Children.Add(unit);
        units.Add(unit);
        return unit;
    }

    private void AssignActors(IReadOnlyDictionary<(string Path, string Role), Actor> accounts)
    {
        // Parents come before children, so the nearest officer and leader above are already known.
        foreach (var unit in All)
        {
            Actor Own(string role, string title) =>
                accounts.GetValueOrDefault((unit.Path, role))
                ?? new Actor(SyntheticId(unit.Path, role), unit.Name + title, unit.Id);

            unit.Officer = unit.Kind switch
            {
                UnitKind.Committee => accounts.GetValueOrDefault((unit.Path, "proxy")) ?? Own("proxy", "信访代理员"),
                UnitKind.Grid => unit.Parent!.Officer,
                _ => Own("officer", "信访干部"),
            };
            unit.Leader = unit.Kind switch
            {
                UnitKind.District or UnitKind.Township => Own("leader", "分管领导"),
                UnitKind.City => unit.Officer,
                _ => unit.Parent!.Leader,
            };
        }
    }

    /// <summary>A stable made-up user id for a generated unit's officer, shaped like the demo accounts' ids.</summary>
    private static string SyntheticId(string path, string role) =>
        new Guid(MD5.HashData(Encoding.UTF8.GetBytes($"bench:{path}:{role}"))).ToString();
}
