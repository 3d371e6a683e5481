using Platform.Api.Tests.Cases;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Meetings;

/// <summary>Joint meetings (联席会议): decisions that share a case through the case workflow and stay on the queue until the case is resolved.</summary>
public sealed class JointMeetingTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task JointMeeting_Should_ReferACaseToADepartment_AndKeepTheDecisionOpenUntilTheCaseIsResolved()
    {
        // arrange
        var parking = await factory.RegisterAsync("changbai.officer", "联席会：小区停车难");
        var wages = await factory.RegisterAsync("changbai.officer", "联席会：拖欠工资");
        var meeting = await factory.CreateMeetingAsync("changbai.officer", [parking.Id(), wages.Id()], "/sh/yangpu/changbai/changbai-police/");
        var police = await factory.UnitIdAsync("/sh/yangpu/changbai/changbai-police/");

        // act
        var decided = await factory.PayloadAsync("changbai.officer", "decideOnCase", new
        {
            meetingId = meeting.Id(),
            version = meeting.Version(),
            caseId = parking.Id(),
            caseVersion = parking.Version(),
            unitId = police,
            shareKind = "REFER",
            text = "派出所牵头整治违停，十五日内反馈",
            dueAt = TestClock.Start.AddDays(15),
        }, $"meeting {{ {MeetingSteps.MeetingView} }}");
        var openBefore = await factory.DecisionsAsync("changbai.officer", open: true);
        var referred = await factory.ReadAsync("changbai-police.officer", parking.Id());
        var accepted = await factory.SucceedAsync("changbai-police.officer", "acceptReferral", new { caseId = parking.Id(), version = referred.Version() });
        var openWhileHandled = await factory.DecisionsAsync("changbai.officer", open: true);
        await factory.ResolveAsync("changbai-police.officer", accepted);
        var openAfter = await factory.DecisionsAsync("changbai.officer", open: true);
        var closedAfter = await factory.DecisionsAsync("changbai.officer", open: false);

        // assert
        Assert.True(decided["errors"] is null, decided["errors"]?.ToJsonString());
        var after = decided["meeting"]!;
        Assert.Equal(("JOINT", "/sh/yangpu/changbai/", 2), (after.Str("kind"), after["unit"].Str("path"), after["agendaItems"]!.AsArray().Count));
        Assert.Equal("HARD", after["agendaItems"]![0].Str("grade"));
        var decision = Assert.Single(after["decisions"]!.AsArray())!;
        Assert.Equal(("REFER", "/sh/yangpu/changbai/changbai-police/", true, false),
            (decision.Str("shareKind"), decision["targetUnit"].Str("path"), decision["open"]!.GetValue<bool>(), decision["overdue"]!.GetValue<bool>()));
        var kinds = (await factory.EventsAsync("changbai.officer", parking.Id())).Select(e => e.Str("kind"));
        Assert.Equal(["REGISTERED", "REFERRED", "REFERRAL_ACCEPTED", "RESOLVED"], kinds);
        Assert.Equal("/sh/yangpu/changbai/changbai-police/", accepted.HandlingPath());
        Assert.Contains(openBefore, d => d!["case"].Id() == parking.Id());
        Assert.Contains(openWhileHandled, d => d!["case"].Id() == parking.Id());
        Assert.DoesNotContain(openAfter, d => d!["case"].Id() == parking.Id());
        Assert.Contains(closedAfter, d => d!["case"].Id() == parking.Id() && !d["open"]!.GetValue<bool>());
    }

    [Fact]
    public async Task OpenDecision_Should_BeFlaggedOverdue_PastItsDeadline()
    {
        // arrange
        var @case = await factory.RegisterAsync("changbai.officer", "联席会：逾期的处置");
        var meeting = await factory.CreateMeetingAsync("changbai.officer", [@case.Id()]);
        await factory.PayloadAsync("changbai.officer", "decideOnCase", new
        {
            meetingId = meeting.Id(),
            version = meeting.Version(),
            caseId = @case.Id(),
            caseVersion = @case.Version(),
            unitId = await factory.UnitIdAsync("/sh/yangpu/changbai/antu/"),
            shareKind = "ASSIGN",
            text = "居委会三日内上门",
            dueAt = factory.Clock.UtcNow.AddDays(3),
        }, "meeting { id }");

        // act
        factory.Clock.Advance(TimeSpan.FromDays(4));
        var open = await factory.DecisionsAsync("changbai.officer", open: true);
        factory.Clock.UtcNow = TestClock.Start;

        // assert
        var decision = Assert.Single(open, d => d!["case"].Id() == @case.Id())!;
        Assert.True(decision["overdue"]!.GetValue<bool>());
    }

    [Fact]
    public async Task DecideOnCase_Should_Refuse_ACaseNotOnTheAgenda_AndShareNothing()
    {
        // arrange
        var onAgenda = await factory.RegisterAsync("changbai.officer", "联席会：议程内");
        var elsewhere = await factory.RegisterAsync("changbai.officer", "联席会：议程外");
        var meeting = await factory.CreateMeetingAsync("changbai.officer", [onAgenda.Id()]);

        // act
        var refused = await factory.PayloadAsync("changbai.officer", "decideOnCase", new
        {
            meetingId = meeting.Id(),
            version = meeting.Version(),
            caseId = elsewhere.Id(),
            caseVersion = elsewhere.Version(),
            unitId = await factory.UnitIdAsync("/sh/yangpu/changbai/antu/"),
            shareKind = "ASSIGN",
            text = "交办",
            dueAt = TestClock.Start.AddDays(10),
        }, "meeting { id }");

        // assert
        Assert.Equal("VALIDATION", Assert.Single(refused["errors"]!.AsArray()).Str("code"));
        Assert.Equal("REGISTERED", (await factory.LastEventAsync("changbai.officer", elsewhere.Id())).Str("kind"));
    }

    [Fact]
    public async Task Meeting_Should_BeVisibleToItsUnitAndAttendingUnits_AndNotFoundElsewhere()
    {
        // arrange
        var @case = await factory.RegisterAsync("changbai.officer", "联席会：可见性");
        var meeting = await factory.CreateMeetingAsync("changbai.officer", [@case.Id()], "/sh/yangpu/changbai/changbai-police/");
        const string query = """
            query Meeting($id: ID!) { node(id: $id) { ... on Meeting { id title } } meetings(first: 100) { nodes { id } } meetingDecisions { totalCount } }
            """;

        // act
        var byAttendee = await factory.AskAsync("changbai-police.officer", query, new { id = meeting.Id() });
        var byDistrict = await factory.AskAsync("yangpu.officer", query, new { id = meeting.Id() });
        var bySibling = await factory.AskAsync("antu.proxy", query, new { id = meeting.Id() });
        var byOtherDistrict = await factory.AskAsync("baoshan.officer", query, new { id = meeting.Id() });

        // assert
        Assert.Equal("矛盾化解联席会", byAttendee["data"]!["node"].Str("title"));
        Assert.Equal(meeting.Id(), byDistrict["data"]!["node"].Id());
        foreach (var outsider in new[] { bySibling, byOtherDistrict })
        {
            Assert.Equal(["NOT_FOUND"], outsider.ErrorCodes());
            Assert.DoesNotContain(outsider["data"]!["meetings"]!["nodes"]!.AsArray(), n => n.Id() == meeting.Id());
        }

        Assert.Equal(0, byOtherDistrict["data"]!["meetingDecisions"].Int("totalCount"));
    }
}
