using System.Security.Cryptography;
using System.Text;
using Platform.Data.Entities;

namespace Platform.Data.Seeding;

/// <summary>
/// The demo accounts of DESIGN §8, named <c>&lt;unit code&gt;.&lt;role&gt;</c>. Development only:
/// every one has the password <see cref="Password"/>.
/// </summary>
public static class DemoAccounts
{
    public const string Password = "Demo!2345";

    public sealed record DemoAccount(string UserName, string DisplayName, string UnitPath, IReadOnlyList<string> Roles)
    {
        /// <summary>A stable id, so that demo records can name their actors before the users exist.</summary>
        public string Id => IdOf(UserName);
    }

    public static readonly IReadOnlyList<DemoAccount> All = Build();

    public static DemoAccount Get(string userName) =>
        All.FirstOrDefault(a => a.UserName == userName)
        ?? throw new ArgumentException($"No demo account '{userName}'.", nameof(userName));

    public static string IdOf(string userName) =>
        new Guid(MD5.HashData(Encoding.UTF8.GetBytes("platform-demo:" + userName))).ToString();

    private static List<DemoAccount> Build()
    {
        var accounts = new List<DemoAccount>
        {
            new("sh.admin", "市信访办管理员", "/sh/", ["admin"]),
            new("sh.officer", "市信访办干部", "/sh/", ["officer"]),
            new("putuo.viewer", "普陀区信访办查询员", "/sh/putuo/", ["viewer"]),
            new("yanghang.elder", "杨行\"老法师\"王志明", "/sh/baoshan/yanghang/", ["elder"]),
            new("putuo.admin", "普陀区信访办管理员", "/sh/putuo/", ["admin"]),
            new("yangpu.admin", "杨浦区信访办管理员", "/sh/yangpu/", ["admin"]),
        };
        foreach (var unit in DemoUnits.All)
        {
            var code = DemoUnits.CodeOf(unit.Path);
            switch (unit.Kind)
            {
                case UnitKind.District or UnitKind.Township:
                    accounts.Add(new($"{code}.officer", $"{unit.Name}信访干部", unit.Path, ["officer"]));
                    accounts.Add(new($"{code}.leader", $"{unit.Name}分管领导", unit.Path, ["leader"]));
                    break;
                case UnitKind.Committee:
                    accounts.Add(new($"{code}.proxy", $"{unit.Name}信访代理员", unit.Path, ["proxy"]));
                    break;
                case UnitKind.Department:
                    accounts.Add(new($"{code}.officer", $"{unit.Name}工作人员", unit.Path, ["officer"]));
                    break;
            }
        }

        return accounts;
    }
}
