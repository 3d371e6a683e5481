using Platform.Data.Entities;
using Platform.Data.Events;

namespace Platform.Data.Seeding;

/// <summary>
/// Mediation sessions: elders' sessions in the 杨行 and 石湖荡 workrooms, a joint (三所联动) session
/// at 桃浦, a people's mediation at 228街坊 and a lawyer's session on the 紫藤苑 case. Sessions on a
/// case add their events to the case's timeline.
/// </summary>
internal static class DemoMediation
{
    public static IReadOnlyList<MediationSession> Build(
        DemoSeedContext context, IReadOnlyList<Workroom> workrooms, IReadOnlyDictionary<string, Case> cases)
    {
        var now = context.Now;
        var yanghang = workrooms.Single(w => w.OwnerPath == DemoWorkrooms.YanghangPath);
        var shihudang = workrooms.Single(w => w.OwnerPath == DemoWorkrooms.ShihudangPath);
        var sessions = new List<MediationSession>();

        var leak = OnCase(context, cases[DemoCases.YanghangLeak], DemoWorkrooms.YanghangPath, MediationKind.Elder,
            "楼上卫生间渗水赔偿纠纷调解", yanghang, MediationOutcome.Agreement,
            "一、楼上住户于十五日内委托专业单位重做卫生间防水；二、楼上住户一次性补偿楼下天花板修复费用人民币4500元；三、双方今后友好相处，不再就此事争执。");
        sessions.Add(WithElders(leak, yanghang, "王志明", "陈秀英"));

        var inheritance = OnCase(context, cases[DemoCases.YanghangInheritance], DemoWorkrooms.YanghangPath, MediationKind.Elder,
            "老宅动迁补偿款分配家庭纠纷调解", yanghang, MediationOutcome.Partial,
            "三兄妹就动迁补偿款中安置房部分达成一致：由长期照顾父母的妹妹取得一套安置房，其余两人各得货币补偿40万元；剩余过渡费分配另行协商。");
        inheritance.FollowUpAt = inheritance.ScheduledAt.AddDays(14);
        sessions.Add(WithElders(inheritance, yanghang, "陈秀英", "张凤英"));

        var passage = Standalone(context, DemoWorkrooms.YanghangPath, MediationKind.Elder, "相邻店铺共用通道使用纠纷调解",
            yanghang, now.AddDays(-35), MediationOutcome.NoAgreement, null);
        passage.FollowUpAt = now.AddDays(-21);
        sessions.Add(WithElders(passage, yanghang, "李建国"));

        var boundary = OnCase(context, cases[DemoCases.YanghangBoundary], DemoWorkrooms.YanghangPath, MediationKind.Elder,
            "宅前菜地边界纠纷调解", yanghang, null, null, now.Date.AddDays(3).AddHours(2));
        sessions.Add(WithElders(boundary, yanghang, "王志明", "李建国"));

        var noise = Standalone(context, "/sh/baoshan/yanghang/yhcun2/", MediationKind.Elder, "楼上楼下生活噪声纠纷调解",
            yanghang, now.AddDays(-10), null, null);
        noise.Status = MediationStatus.Cancelled;
        noise.CancelReason = "一方当事人临时外出就医，改期另约。";
        sessions.Add(WithElders(noise, yanghang, "张凤英"));

        var training = OnCase(context, cases[DemoCases.TrainingFee], "/sh/putuo/taopu/", MediationKind.Joint,
            "校外培训退费纠纷三所联动调解", null, MediationOutcome.Agreement,
            "培训机构同意退还剩余课时费人民币11000元，分两期于三十日内付清；家长撤回相关投诉。");
        training.Place = "桃浦镇矛盾纠纷调处化解中心";
        training.Mediators.AddRange(
        [
            Staff(training, "陈立", "桃浦派出所"),
            Staff(training, "李倩", "桃浦司法所"),
            Staff(training, "周文涛", "上海市某律师事务所"),
        ]);
        sessions.Add(training);

        var renovation = Standalone(context, "/sh/yangpu/changbai/jiefang228/", MediationKind.Peoples, "装修施工噪声及墙面损坏纠纷调解",
            null, now.AddDays(-18), MediationOutcome.Agreement, "装修方赔偿邻居墙面修复费用2000元，并承诺工作日8:00-18:00以外不施工。");
        renovation.Place = "228街坊居委会调解室";
        renovation.Mediators.Add(Staff(renovation, "徐红梅", "228街坊人民调解委员会"));
        sessions.Add(renovation);

        var drain = OnCase(context, cases[DemoCases.ShihudangDrain], DemoWorkrooms.ShihudangPath, MediationKind.Elder,
            "相邻宅基地排水沟纠纷调解", shihudang, MediationOutcome.Agreement, "双方按各半比例共同出资，在两户宅基地分界处修建共用排水沟，由村委会监督施工。");
        sessions.Add(WithElders(drain, shihudang, "沈金根", "顾美华"));

        var cracks = OnCase(context, cases[DemoCases.ZitengCracks], "/sh/putuo/", MediationKind.Lawyer,
            "紫藤苑房屋开裂责任认定法律释明会", null, null, null, now.Date.AddDays(5).AddHours(6));
        cracks.Place = "桃浦镇紫藤苑居委会会议室";
        cracks.Mediators.Add(Staff(cracks, "吴敏", "普陀区法律援助中心"));
        sessions.Add(cracks);

        return sessions;
    }

    /// <summary>A session on a case: held between acceptance and resolution, or at <paramref name="scheduledAt"/> when still ahead.</summary>
    private static MediationSession OnCase(DemoSeedContext context, Case @case, string ownerPath, MediationKind kind, string subject,
        Workroom? workroom, MediationOutcome? outcome, string? agreement, DateTime? scheduledAt = null)
    {
        var accepted = @case.AcceptedAt ?? throw new InvalidOperationException($"Case '{@case.Title}' is not accepted.");
        var until = @case.ResolvedAt ?? context.Now;
        var at = scheduledAt ?? accepted + (until - accepted) * 0.6;
        var session = Standalone(context, ownerPath, kind, subject, workroom, at, outcome, agreement);
        session.Case = @case;

        var first = @case.Petitioners[0];
        session.Parties[0].Name = first.Name;
        session.Parties[0].Phone = first.Phone;

        var timeline = new DemoCaseTimeline(context, @case);
        var scheduler = context.Officer(ownerPath);
        var scheduledOn = scheduledAt is null ? accepted + (until - accepted) * 0.4 : context.Now.AddDays(-1);
        // The entries name the session, whose key the save generates.
        var scheduled = timeline.Add(CaseEventKind.MediationScheduled, scheduledOn, scheduler, subject);
        context.OnceSaved(() => scheduled.Data = EventJson.Serialize(CaseEventData.MediationScheduled(session.Id, kind, at, session.Place)));
        if (session.RecordedAt is { } recorded && session.Outcome is { } result)
        {
            var entry = timeline.Add(CaseEventKind.MediationRecorded, recorded, scheduler, agreement);
            context.OnceSaved(() => entry.Data = EventJson.Serialize(CaseEventData.MediationRecorded(session.Id, result, session.FollowUpAt)));
        }

        return session;
    }

    private static MediationSession Standalone(DemoSeedContext context, string ownerPath, MediationKind kind, string subject,
        Workroom? workroom, DateTime scheduledAt, MediationOutcome? outcome, string? agreement)
    {
        var done = scheduledAt < context.Now;
        var salt = subject.Length;
        var session = new MediationSession
        {
            OwnerUnitId = context.Unit(ownerPath).Id,
            OwnerPath = ownerPath,
            Workroom = workroom,
            WorkroomPath = workroom?.OwnerPath,
            Kind = kind,
            Status = done ? MediationStatus.Completed : MediationStatus.Scheduled,
            Subject = subject,
            ScheduledAt = scheduledAt,
            Place = workroom?.Name ?? context.Unit(ownerPath).Name,
            Outcome = done ? outcome : null,
            AgreementText = done ? agreement : null,
            RecordedAt = done ? scheduledAt.AddHours(2) : null,
        };
        session.Parties.Add(new MediationParty
        {
            OwnerPath = ownerPath, Name = DemoPetitioners.Name(salt), Phone = DemoPetitioners.Mobile(salt), Side = "申请人",
        });
        session.Parties.Add(new MediationParty
        {
            OwnerPath = ownerPath, Name = DemoPetitioners.Name(salt + 11), Phone = DemoPetitioners.Mobile(salt + 11), Side = "被申请人",
        });
        return session;
    }

    private static MediationSession WithElders(MediationSession session, Workroom workroom, params string[] names)
    {
        foreach (var name in names)
        {
            var elder = workroom.Elders.Single(e => e.Name == name);
            session.Mediators.Add(new Mediator
            {
                OwnerPath = session.OwnerPath, Kind = MediatorKind.Elder, Name = elder.Name, ElderId = elder.Id, Organization = workroom.Name,
            });
        }

        return session;
    }

    private static Mediator Staff(MediationSession session, string name, string organization) =>
        new() { OwnerPath = session.OwnerPath, Kind = MediatorKind.Staff, Name = name, Organization = organization };
}
