using Microsoft.EntityFrameworkCore;
using Platform.Data.Entities;
using Platform.Workflow.Mediation;
using Platform.Workflow.Tests.Infrastructure;

namespace Platform.Workflow.Tests.Mediation;

/// <summary>The 杨行 workroom and sessions in it, for the mediation tests.</summary>
public static class MediationSessions
{
    public const string YanghangPath = "/sh/baoshan/yanghang/";

    public static async Task<(int Workroom, int Elder)> YanghangWorkroomAsync(this WorkflowDatabase database)
    {
        await using var db = database.Read();
        var workroom = await db.Workrooms.Include(w => w.Elders).SingleAsync(w => w.OwnerPath == YanghangPath);
        return (workroom.Id, workroom.Elders.Single(e => e.Name == "王志明").Id);
    }

    /// <summary>An ELDER session with 王志明 in the 杨行 workroom tomorrow, scheduled by <paramref name="userName"/>.</summary>
    public static async Task<int> ScheduledAsync(this WorkflowDatabase database, string userName, int? caseId = null)
    {
        var (workroom, elder) = await database.YanghangWorkroomAsync();
        var (scheduling, actor) = database.As<MediationScheduling>(userName);
        return await scheduling.ScheduleAsync(actor, ElderSession(workroom, elder, caseId));
    }

    public static ScheduleMediationInput ElderSession(int workroom, int elder, int? caseId = null) => new()
    {
        CaseId = caseId,
        WorkroomId = workroom,
        Kind = MediationKind.Elder,
        Subject = " 邻里纠纷调解 ",
        ScheduledAt = WorkflowDatabase.Now.AddDays(1),
        Place = "杨行镇\"老法师\"工作室",
        Parties = [new MediationPartyInput { Name = "王小明", Side = " " }],
        Mediators = [new MediatorInput { Kind = MediatorKind.Elder, ElderId = elder }],
    };
}
