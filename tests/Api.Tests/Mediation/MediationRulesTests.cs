using Platform.Api.Tests.Infrastructure;
using Platform.Api.Tests.Tenancy;

namespace Platform.Api.Tests.Mediation;

/// <summary>What scheduling, rescheduling, cancelling and recording refuse, and that a refusal changes nothing.</summary>
public sealed class MediationRulesTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Scheduling_InThePast_Should_BeAValidationError()
    {
        // arrange
        var workroom = await factory.WorkroomAsync("yanghang.officer");

        // act
        var payload = await factory.ChangeAsync("yanghang.officer", "scheduleMediation", "session",
            MediationSteps.ElderSession(workroom, at: TestClock.Start.AddMinutes(-1)));

        // assert
        Assert.Equal(["VALIDATION"], payload.Codes());
        Assert.Equal(["scheduledAt"], payload.Fields());
        Assert.Equal(workroom.Int("sessionCount"), (await factory.WorkroomAsync("yanghang.officer")).Int("sessionCount"));
    }

    [Fact]
    public async Task Scheduling_InAWorkroomTheCallerCannotSee_Should_BeRefused()
    {
        // arrange
        var workroom = await factory.WorkroomAsync("yanghang.officer");

        // act
        var payload = await factory.ChangeAsync("taopu.officer", "scheduleMediation", "session",
            MediationSteps.ElderSession(workroom, elderName: null));

        // assert
        Assert.Equal(["VALIDATION"], payload.Codes());
        Assert.Equal(["workroomId"], payload.Fields());
        Assert.Equal(workroom.Int("sessionCount"), (await factory.WorkroomAsync("yanghang.officer")).Int("sessionCount"));
    }

    [Fact]
    public async Task Scheduling_WithInvalidInput_Should_NameEveryBadField_AndLeaveTheCaseAlone()
    {
        // arrange
        var workroom = await factory.WorkroomAsync("yanghang.officer");
        var @case = await factory.YanghangCaseAsync();
        var otherCase = (await factory.AskAsync("changbai.officer", "{ cases(first: 1) { nodes { id } } }"))["data"]!["cases"]!["nodes"]![0].Str("id");

        // act
        var bad = await factory.ChangeAsync("yanghang.officer", "scheduleMediation", "session", new
        {
            caseId = @case.Str("id"),
            workroomId = workroom.Str("id"),
            kind = "ELDER",
            subject = " ",
            scheduledAt = TestClock.Start.AddDays(2),
            place = "",
            parties = new[] { new { name = "" } },
            mediators = new object[] { new { kind = "ELDER", elderId = workroom.Str("id") }, new { kind = "STAFF" } },
        });
        var invisibleCase = await factory.ChangeAsync("yanghang.officer", "scheduleMediation", "session",
            MediationSteps.ElderSession(workroom, otherCase));
        var noWorkroom = await factory.ChangeAsync("yanghang.officer", "scheduleMediation", "session", new
        {
            kind = "ELDER", subject = "调解", scheduledAt = TestClock.Start.AddDays(2), place = "镇政府",
            parties = Array.Empty<object>(), mediators = Array.Empty<object>(),
        });

        // assert
        Assert.Equal(["subject", "place", "parties[0].name", "mediators[0].elderId", "mediators[1].name"], bad.Fields());
        Assert.Equal(["caseId"], invisibleCase.Fields());
        Assert.Equal(["parties", "workroomId"], noWorkroom.Fields());
        var after = await factory.YanghangCaseAsync();
        Assert.Equal((@case.Int("version"), @case["events"].Int("totalCount")), (after.Int("version"), after["events"].Int("totalCount")));
    }

    [Fact]
    public async Task ScheduledSession_Should_BeRescheduled_ThenCancelled_AndNoLongerChanged()
    {
        // arrange
        var workroom = await factory.WorkroomAsync("yanghang.officer");
        var session = (await factory.ChangeAsync("yanghang.officer", "scheduleMediation", "session", MediationSteps.ElderSession(workroom))).Ok();
        var id = session.Str("id");

        // act
        var past = await factory.ChangeAsync("yanghang.officer", "rescheduleMediation", "session",
            new { sessionId = id, version = 1, scheduledAt = TestClock.Start.AddHours(-1) });
        var stale = await factory.ChangeAsync("yanghang.officer", "rescheduleMediation", "session",
            new { sessionId = id, version = 7, scheduledAt = TestClock.Start.AddDays(3) });
        var moved = (await factory.ChangeAsync("yanghang.officer", "rescheduleMediation", "session",
            new { sessionId = id, version = 1, scheduledAt = TestClock.Start.AddDays(3), place = "杨行一村会议室" }, "id version place")).Ok();
        var noReason = await factory.ChangeAsync("yanghang.officer", "cancelMediation", "session", new { sessionId = id, version = 2, reason = "  " });
        var byCommittee = await factory.ChangeAsync("yhcun1.proxy", "cancelMediation", "session", new { sessionId = id, version = 2, reason = "改期" });
        var cancelled = (await factory.ChangeAsync("yanghang.officer", "cancelMediation", "session",
            new { sessionId = id, version = 2, reason = "当事人外出" }, "id version status cancelReason")).Ok();
        var again = await factory.ChangeAsync("yanghang.officer", "rescheduleMediation", "session",
            new { sessionId = id, version = 3, scheduledAt = TestClock.Start.AddDays(4) });
        var record = await factory.ChangeAsync("yanghang.elder", "recordMediationOutcome", "session",
            new { sessionId = id, version = 3, outcome = "NO_AGREEMENT" });

        // assert
        Assert.Equal(["scheduledAt"], past.Fields());
        Assert.Equal(["CONCURRENCY_CONFLICT"], stale.Codes());
        Assert.Equal(("杨行一村会议室", 2), (moved.Str("place"), moved.Int("version")));
        Assert.Equal(["reason"], noReason.Fields());
        Assert.Equal(["NOT_FOUND"], byCommittee.Codes());
        Assert.Equal(("CANCELLED", "当事人外出", 3), (cancelled.Str("status"), cancelled.Str("cancelReason"), cancelled.Int("version")));
        Assert.Equal(["INVALID_TRANSITION"], again.Codes());
        Assert.Equal(["INVALID_TRANSITION"], record.Codes());
        var read = await factory.SessionAsync("yanghang.officer", id);
        Assert.Equal(["MEDIATION_SCHEDULED", "MEDIATION_RESCHEDULED", "MEDIATION_CANCELLED"], read["history"]!.AsArray().Select(h => h.Str("kind")));
    }

    [Fact]
    public async Task Recording_Should_RequireAgreementText_ForAgreements_AndHappenOnce()
    {
        // arrange
        var workroom = await factory.WorkroomAsync("yanghang.officer");
        var session = (await factory.ChangeAsync("yanghang.officer", "scheduleMediation", "session", MediationSteps.ElderSession(workroom))).Ok();
        var id = session.Str("id");

        // act
        var noText = await factory.ChangeAsync("yanghang.elder", "recordMediationOutcome", "session",
            new { sessionId = id, version = 1, outcome = "PARTIAL", followUpAt = TestClock.Start.AddDays(-1) });
        var viewer = await factory.ChangeAsync("putuo.viewer", "recordMediationOutcome", "session",
            new { sessionId = id, version = 1, outcome = "NO_AGREEMENT" });
        var referred = (await factory.ChangeAsync("yanghang.officer", "recordMediationOutcome", "session",
            new { sessionId = id, version = 1, outcome = "REFERRED_TO_COURT" }, "id version status outcome agreementText")).Ok();
        var twice = await factory.ChangeAsync("yanghang.elder", "recordMediationOutcome", "session",
            new { sessionId = id, version = 2, outcome = "AGREEMENT", agreementText = "达成协议" });

        // assert
        Assert.Equal(["agreementText", "followUpAt"], noText.Fields());
        Assert.Equal(["NOT_FOUND"], viewer.Codes());
        Assert.Equal(("COMPLETED", "REFERRED_TO_COURT", 2), (referred.Str("status"), referred.Str("outcome"), referred.Int("version")));
        Assert.Equal(["INVALID_TRANSITION"], twice.Codes());
        var read = await factory.SessionAsync("yanghang.officer", id);
        Assert.Equal(["MEDIATION_SCHEDULED", "MEDIATION_RECORDED"], read["history"]!.AsArray().Select(h => h.Str("kind")));
    }
}
