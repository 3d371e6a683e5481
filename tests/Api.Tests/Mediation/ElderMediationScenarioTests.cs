using System.Text.Json.Nodes;
using Platform.Api.Tests.Infrastructure;
using Platform.Api.Tests.Tenancy;

namespace Platform.Api.Tests.Mediation;

/// <summary>Issue 4 acceptance 1: an elders' mediation in the 杨行 "老法师" workroom, from scheduling to agreement.</summary>
public sealed class ElderMediationScenarioTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Officer_Should_ScheduleAnElderMediation_ForACase_AndTheElder_Should_RecordTheAgreement()
    {
        // arrange
        var workroom = await factory.WorkroomAsync("yanghang.officer");
        var @case = await factory.YanghangCaseAsync();

        // act
        var scheduled = (await factory.ChangeAsync("yanghang.officer", "scheduleMediation", "session",
            MediationSteps.ElderSession(workroom, @case.Str("id")),
            "id version status kind workroom { id } case { id version } ownerUnit { path } mediators { kind name organization } parties { name side }")).Ok();
        var recorded = (await factory.ChangeAsync("yanghang.elder", "recordMediationOutcome", "session", new
        {
            sessionId = scheduled.Str("id"),
            version = scheduled.Int("version"),
            outcome = "AGREEMENT",
            agreementText = "双方同意各让一步，维修费用各担一半。",
            followUpAt = TestClock.Start.AddDays(30),
        }, "id version status outcome agreementText recordedAt followUpAt history { kind actorName }")).Ok();

        // assert
        Assert.Equal("SCHEDULED", scheduled.Str("status"));
        Assert.Equal("ELDER", scheduled.Str("kind"));
        Assert.Equal(workroom.Str("id"), scheduled["workroom"].Str("id"));
        Assert.Equal(MediationSteps.YanghangPath, scheduled["ownerUnit"].Str("path"));
        Assert.Equal(@case.Int("version") + 1, scheduled["case"].Int("version"));
        var mediator = Assert.Single(scheduled["mediators"]!.AsArray())!;
        Assert.Equal(("ELDER", "王志明", workroom.Str("name")), (mediator.Str("kind"), mediator.Str("name"), mediator.Str("organization")));

        Assert.Equal("COMPLETED", recorded.Str("status"));
        Assert.Equal("AGREEMENT", recorded.Str("outcome"));
        Assert.Equal(scheduled.Int("version") + 1, recorded.Int("version"));
        Assert.Equal(TestClock.Start, recorded["recordedAt"]!.GetValue<DateTime>().ToUniversalTime());
        Assert.Equal(["MEDIATION_SCHEDULED", "MEDIATION_RECORDED"], recorded["history"]!.AsArray().Select(h => h.Str("kind")));

        var timeline = await factory.AskAsync("yanghang.officer", """
            query Timeline($id: ID!) { case(id: $id) { version events(last: 2) { nodes { kind actorName } } } }
            """, new { id = @case.Str("id") });
        Assert.Null(timeline["errors"]);
        var events = timeline["data"]!["case"]!["events"]!["nodes"]!.AsArray();
        Assert.Equal(["MEDIATION_SCHEDULED", "MEDIATION_RECORDED"], events.Select(e => e.Str("kind")));
        Assert.Equal("杨行\"老法师\"王志明", events[1].Str("actorName"));
        Assert.Equal(@case.Int("version") + 2, timeline["data"]!["case"].Int("version"));
    }

    [Fact]
    public async Task OtherTownshipsCommittee_Should_NotSeeTheSession_ButYanghangsCommittees_Should_SeeTheWorkroom()
    {
        // arrange
        var workroom = await factory.WorkroomAsync("yanghang.officer");
        var session = (await factory.ChangeAsync("yanghang.officer", "scheduleMediation", "session", MediationSteps.ElderSession(workroom))).Ok();

        // act
        var fromLoupu = await factory.AskAsync("loupu.proxy", """
            query Read($id: ID!) { node(id: $id) { id } }
            """, new { id = session.Str("id") });
        var fromCommittee = await factory.WorkroomAsync("yhcun1.proxy");

        // assert
        Assert.Null(fromLoupu["data"]!["node"]);
        Assert.Equal(["NOT_FOUND"], fromLoupu.ErrorCodes());
        Assert.Equal(workroom.Str("id"), fromCommittee.Str("id"));
    }

    [Fact]
    public async Task Elder_Should_NotRecord_ASessionOfAnotherWorkroom_NorSchedule()
    {
        // arrange
        var shihudang = await factory.WorkroomAsync("songjiang.officer", MediationSteps.Shihudang);
        var other = (await factory.ChangeAsync("songjiang.officer", "scheduleMediation", "session",
            MediationSteps.ElderSession(shihudang, elderName: null))).Ok();
        var yanghang = await factory.WorkroomAsync("yanghang.officer");

        // act
        var record = await factory.ChangeAsync("yanghang.elder", "recordMediationOutcome", "session",
            new { sessionId = other.Str("id"), version = other.Int("version"), outcome = "NO_AGREEMENT" });
        var schedule = await factory.ChangeAsync("yanghang.elder", "scheduleMediation", "session", MediationSteps.ElderSession(yanghang));

        // assert
        Assert.Equal(["NOT_FOUND"], record.Codes());
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], schedule.Codes());
    }
}
