using Platform.Api.Tests.Infrastructure;
using Platform.Api.Tests.Mediation;
using Platform.Api.Tests.Tenancy;

namespace Platform.Api.Tests.Workrooms;

/// <summary>Creating and running workrooms: versions, history entries and who may change them.</summary>
public sealed class WorkroomMutationTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string Selection = "id version name address openingHours unit { path } elders { id name expertise phone active } history { kind actorName }";

    [Fact]
    public async Task Officer_Should_CreateAWorkroom_InItsUnit_ButNotAbove()
    {
        // act
        var created = (await factory.ChangeAsync("yanghang.officer", "createWorkroom", "workroom",
            new { name = " 杨行一村乡贤工作室 ", address = "杨行一村村委会", openingHours = "周三 9:00-11:00" }, Selection)).Ok();
        var blank = await factory.ChangeAsync("yanghang.officer", "createWorkroom", "workroom", new { name = "", description = new string('x', 2001) });
        var baoshan = (await factory.AskAsync("baoshan.officer", "{ viewer { unit { id } } }"))["data"]!["viewer"]!["unit"].Str("id");
        var above = await factory.ChangeAsync("yanghang.officer", "createWorkroom", "workroom", new { name = "区工作室", unitId = baoshan });
        var viewer = await factory.ChangeAsync("putuo.viewer", "createWorkroom", "workroom", new { name = "查询员的工作室" });

        // assert
        Assert.Equal(("杨行一村乡贤工作室", 1, MediationSteps.YanghangPath), (created.Str("name"), created.Int("version"), created["unit"].Str("path")));
        Assert.Equal(["WORKROOM_CREATED"], created["history"]!.AsArray().Select(h => h.Str("kind")));
        Assert.Equal(["name", "description"], blank.Fields());
        Assert.Equal(["unitId"], above.Fields());
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], viewer.Codes());
    }

    [Fact]
    public async Task Workroom_Should_BeUpdated_ByItsUnitOrAnAncestor_AndOnlySeen_ByItsCommittees()
    {
        // arrange
        var workroom = await factory.WorkroomAsync("songjiang.officer", MediationSteps.Shihudang);
        var id = workroom.Str("id");
        var version = workroom.Int("version");

        // act
        var byCommittee = await factory.ChangeAsync("shdcun1.proxy", "updateWorkroom", "workroom", new { workroomId = id, version, name = "新名称" });
        var byOtherDistrict = await factory.ChangeAsync("taopu.officer", "updateWorkroom", "workroom", new { workroomId = id, version, name = "新名称" });
        var nothing = await factory.ChangeAsync("shihudang.officer", "updateWorkroom", "workroom", new { workroomId = id, version });
        var updated = (await factory.ChangeAsync("songjiang.officer", "updateWorkroom", "workroom",
            new { workroomId = id, version, openingHours = "周二至周四 9:00-16:00", address = "" }, Selection)).Ok();
        var stale = await factory.ChangeAsync("shihudang.officer", "updateWorkroom", "workroom", new { workroomId = id, version, name = "新名称" });

        // assert
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], byCommittee.Codes());
        Assert.Equal(["NOT_FOUND"], byOtherDistrict.Codes());
        Assert.Equal(["input"], nothing.Fields());
        Assert.Equal((version + 1, "周二至周四 9:00-16:00"), (updated.Int("version"), updated.Str("openingHours")));
        Assert.Null(updated["address"]);
        Assert.Equal(workroom.Str("name"), updated.Str("name"));
        Assert.Equal("WORKROOM_UPDATED", updated["history"]!.AsArray()[^1].Str("kind"));
        Assert.Equal(["CONCURRENCY_CONFLICT"], stale.Codes());
    }

    [Fact]
    public async Task Elders_Should_BeAdded_WithValidTags_AndRemoved_KeepingTheirRecord()
    {
        // arrange
        var workroom = (await factory.ChangeAsync("yanghang.officer", "createWorkroom", "workroom", new { name = "杨行二村乡贤工作室" }, Selection)).Ok();
        var id = workroom.Str("id");

        // act
        var badTag = await factory.ChangeAsync("yanghang.officer", "addElder", "workroom",
            new { workroomId = id, version = 1, name = "赵德明", expertise = new[] { "law", "COOKING" }, phone = "phone" });
        var notAnElder = await factory.ChangeAsync("yanghang.officer", "addElder", "workroom",
            new { workroomId = id, version = 1, name = "赵德明", expertise = new[] { "LAW" }, account = "yanghang.officer" });
        var byCommittee = await factory.ChangeAsync("yhcun2.proxy", "addElder", "workroom",
            new { workroomId = id, version = 1, name = "赵德明", expertise = new[] { "LAW" } });
        var added = (await factory.ChangeAsync("yanghang.officer", "addElder", "workroom", new
        {
            workroomId = id, version = 1, name = "赵德明", expertise = new[] { "law", "FAMILY", "LAW" }, phone = "139 1234 5678", account = "yanghang.elder",
        }, Selection)).Ok();
        var elder = added["elders"]!.AsArray().Single()!;
        var seenByCommittee = (await factory.AllNodesAsync("yhcun2.proxy", "workrooms", "id")).Select(w => w.Str("id"));
        var otherElder = (await factory.WorkroomAsync("yanghang.officer"))["elders"]![0].Str("id");
        var foreign = await factory.ChangeAsync("yanghang.officer", "removeElder", "workroom", new { workroomId = id, version = 2, elderId = otherElder });
        var removed = (await factory.ChangeAsync("yanghang.officer", "removeElder", "workroom",
            new { workroomId = id, version = 2, elderId = elder.Str("id") }, Selection)).Ok();
        var again = await factory.ChangeAsync("yanghang.officer", "removeElder", "workroom", new { workroomId = id, version = 3, elderId = elder.Str("id") });

        // assert
        Assert.Equal(["expertise[1]", "phone"], badTag.Fields());
        Assert.Equal(["account"], notAnElder.Fields());
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], byCommittee.Codes());
        Assert.Equal(2, added.Int("version"));
        Assert.Equal(["LAW", "FAMILY"], elder["expertise"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal("139 1234 5678", elder.Str("phone"));
        Assert.Contains(id, seenByCommittee);
        Assert.Equal(["VALIDATION"], foreign.Codes());
        Assert.Equal(3, removed.Int("version"));
        Assert.False(removed["elders"]!.AsArray().Single()!["active"]!.GetValue<bool>());
        Assert.Equal(["WORKROOM_CREATED", "ELDER_ADDED", "ELDER_REMOVED"], removed["history"]!.AsArray().Select(h => h.Str("kind")));
        Assert.Equal(["INVALID_TRANSITION"], again.Codes());
    }

    [Fact]
    public async Task ElderPhones_Should_BeMasked_ForCommittees_AndSessionCounts_Should_FollowVisibility()
    {
        // arrange
        var workroom = await factory.WorkroomAsync("yanghang.officer");

        // act
        var committee = await factory.AskAsync("yhcun1.proxy", """
            { workrooms { nodes { name sessionCount agreementCount elders { name phone } } } }
            """);
        var officer = await factory.AskAsync("yanghang.officer", """
            { workrooms { nodes { name elders { name phone } } } }
            """);

        // assert
        var seen = committee["data"]!["workrooms"]!["nodes"]!.AsArray().Single(w => w.Str("name") == MediationSteps.Yanghang)!;
        Assert.Equal("139****0481", seen["elders"]!.AsArray().Single(e => e.Str("name") == "王志明").Str("phone"));
        var own = officer["data"]!["workrooms"]!["nodes"]!.AsArray().Single(w => w.Str("name") == MediationSteps.Yanghang)!;
        Assert.Equal("13916620481", own["elders"]!.AsArray().Single(e => e.Str("name") == "王志明").Str("phone"));

        // The officer sees all five 杨行 sessions; 杨行一村 only the two on its own cases.
        Assert.Equal((5, 1), (workroom.Int("sessionCount"), workroom.Int("agreementCount")));
        Assert.Equal((2, 1), (seen.Int("sessionCount"), seen.Int("agreementCount")));
    }
}
