using Microsoft.EntityFrameworkCore;
using Platform.Workflow.Common;
using Platform.Workflow.Receptions;
using Platform.Workflow.Tests.Infrastructure;

namespace Platform.Workflow.Tests.Receptions;

public sealed class ReceptionScheduleTests(WorkflowDatabase database) : IClassFixture<WorkflowDatabase>
{
    [Fact]
    public async Task CreateSchedule_Should_Hold_TheLeader_TheWeekday_And_ThePlace_In_TheActorsUnit()
    {
        // act
        var id = await ReceptionBookings.ScheduleAsync(database);

        // assert
        await using var db = database.Read();
        var schedule = await db.ReceptionSchedules.SingleAsync(s => s.Id == id);
        Assert.Equal(("/sh/putuo/taopu/", "桃浦镇分管领导", "街道信访接待室", (DayOfWeek?)DayOfWeek.Monday),
            (schedule.OwnerPath, schedule.LeaderName, schedule.Place, schedule.Weekday));
        Assert.Equal(DemoLeaderId("taopu.leader"), schedule.LeaderId);
    }

    [Fact]
    public async Task CreateSchedule_WithoutWeekday_Should_Take_DatedAppointments_OnAnyDay()
    {
        // arrange
        var id = await ReceptionBookings.ScheduleAsync(database, weekday: null);
        var (days, actor) = database.As<ReceptionDays>("taopu.officer");

        // act
        var booked = await days.BookAsync(actor, ReceptionBookings.Booking(id, ReceptionBookings.NextMonday.AddDays(1)));

        // assert
        await using var db = database.Read();
        Assert.Null(await db.ReceptionSchedules.Where(s => s.Id == id).Select(s => s.Weekday).SingleAsync());
        Assert.Equal(id, await db.ReceptionAppointments.Where(a => a.Id == booked).Select(a => a.ScheduleId).SingleAsync());
    }

    [Fact]
    public async Task CreateSchedule_With_AnAccountThatIsNoLeader_Should_BeAValidationError_On_LeaderUserName()
    {
        // arrange
        var (days, actor) = database.As<ReceptionDays>("taopu.officer");

        // act
        var refused = await Assert.ThrowsAsync<InvalidInputException>(() =>
            days.CreateScheduleAsync(actor, new CreateReceptionScheduleInput { LeaderUserName = "taopu.officer", Place = "接待室" }));

        // assert
        Assert.Equal("leaderUserName", Assert.IsType<FieldError>(Assert.Single(refused.Errors)).Field);
    }

    [Fact]
    public async Task CreateSchedule_Beyond_TheReceptionLimits_Should_BeValidationErrors_On_Both_Fields()
    {
        // arrange
        var (days, actor) = database.As<ReceptionDays>("taopu.officer");
        var input = new CreateReceptionScheduleInput
        {
            LeaderUserName = new string('l', ReceptionLimits.UserName + 1),
            Place = new string('室', ReceptionLimits.Place + 1),
        };

        // act
        var refused = await Assert.ThrowsAsync<InvalidInputException>(() => days.CreateScheduleAsync(actor, input));

        // assert
        var fields = refused.Errors.Select(e => Assert.IsType<FieldError>(e).Field).ToList();
        Assert.Contains("place", fields);
        Assert.Contains("leaderUserName", fields);
    }

    [Fact]
    public async Task CreateSchedule_AtTheReceptionLimits_Should_BeAccepted()
    {
        // arrange
        await ReceptionLeaders.EnsureAsync(database, "taopu.leader");
        var (days, actor) = database.As<ReceptionDays>("taopu.officer");

        // act
        var id = await days.CreateScheduleAsync(actor, new CreateReceptionScheduleInput { LeaderUserName = "taopu.leader", Place = new string('室', ReceptionLimits.Place) });

        // assert
        await using var db = database.Read();
        Assert.Equal(ReceptionLimits.Place, (await db.ReceptionSchedules.SingleAsync(s => s.Id == id)).Place.Length);
    }

    private static string DemoLeaderId(string userName) => Platform.Data.Seeding.DemoAccounts.Get(userName).Id;
}
