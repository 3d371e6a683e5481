using Platform.Data.Entities;

namespace Platform.Data.Seeding;

/// <summary>The elders' workrooms of the demo dataset: the 杨行 "老法师" workroom and one at 石湖荡.</summary>
internal static class DemoWorkrooms
{
    public const string YanghangPath = "/sh/baoshan/yanghang/";
    public const string ShihudangPath = "/sh/songjiang/shihudang/";

    public static IReadOnlyList<Workroom> Build(DemoSeedContext context)
    {
        var yanghang = NewWorkroom(context, YanghangPath, "杨行镇\"老法师\"工作室", "宝山区杨行镇杨行路 1200 号党群服务中心二楼",
            "周一至周五 9:00-17:00；每周三晚 18:30-20:30 夜间接待",
            "由退休法官、教师、村干部等热心居民组成的\"老法师\"团队，以情说理、以法服人，就地化解邻里、家庭、物业等矛盾纠纷，做到小事不出村、大事不出镇。",
            900);
        yanghang.Elders.AddRange(
        [
            NewElder(context, yanghang, "王志明", "LAW,PROPERTY", "13916620481", 880, DemoAccounts.Get("yanghang.elder").Id),
            NewElder(context, yanghang, "陈秀英", "FAMILY,NEIGHBOURHOOD", "13761835207", 860),
            NewElder(context, yanghang, "李建国", "CONSTRUCTION,PROPERTY", "13564470932", 720),
            NewElder(context, yanghang, "张凤英", "FAMILY", "13817296654", 540),
            NewElder(context, yanghang, "周国平", "LABOR,LAW", "13301758826", 400, active: false),
        ]);

        var shihudang = NewWorkroom(context, ShihudangPath, "石湖荡镇乡贤工作室", "松江区石湖荡镇东夏路 88 号镇综治中心一楼",
            "周二、周四 9:00-16:00",
            "邀请德高望重的老党员、老村干部担任乡贤调解员，化解宅基地、农田灌溉和邻里纠纷。",
            600);
        shihudang.Elders.AddRange(
        [
            NewElder(context, shihudang, "沈金根", "LAND,FAMILY", "13918853310", 580),
            NewElder(context, shihudang, "顾美华", "NEIGHBOURHOOD", "13524017789", 500),
        ]);

        return [yanghang, shihudang];
    }

    private static Workroom NewWorkroom(DemoSeedContext context, string path, string name, string address, string hours,
        string description, int daysAgo) => new()
    {
        UnitId = context.Unit(path).Id,
        OwnerPath = path,
        Name = name,
        Address = address,
        OpeningHours = hours,
        Description = description,
        CreatedAt = context.DaysAgo(daysAgo),
    };

    private static Elder NewElder(DemoSeedContext context, Workroom workroom, string name, string expertise, string phone,
        int daysAgo, string? userId = null, bool active = true) => new()
    {
        OwnerPath = workroom.OwnerPath,
        Name = name,
        Expertise = expertise,
        Phone = phone,
        UserId = userId,
        Active = active,
        JoinedAt = context.DaysAgo(daysAgo),
    };
}
