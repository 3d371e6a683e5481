using Microsoft.EntityFrameworkCore;
using Platform.Data.Entities;
using Platform.Workflow.Common;
using Platform.Workflow.Receptions;
using Platform.Workflow.Tests.Infrastructure;

namespace Platform.Workflow.Tests.Receptions;

public sealed class ReceptionAppointmentTests(WorkflowDatabase database) : IClassFixture<WorkflowDatabase>
{
    [Fact]
    public async Task Book_OnTheSchedulesWeekday_Should_Keep_AnAppointment_Booked_By_TheActor()
    {
        // arrange
        var schedule = await ReceptionBookings.ScheduleAsync(database);

        // act
        var id = await ReceptionBookings.BookedAsync(database, schedule);

        // assert
        await using var db = database.Read();
        var appointment = await db.ReceptionAppointments.SingleAsync(a => a.Id == id);
        Assert.Equal((AppointmentStatus.Booked, "钱七", "/sh/putuo/taopu/", ReceptionBookings.NextMonday),
            (appointment.Status, appointment.PetitionerName, appointment.OwnerPath, appointment.At));
    }

    [Fact]
    public async Task Book_OnAnotherDay_ThanTheSchedulesWeekday_Should_BeAValidationError_On_At()
    {
        // arrange
        var schedule = await ReceptionBookings.ScheduleAsync(database);
        var (days, actor) = database.As<ReceptionDays>("taopu.officer");

        // act
        var refused = await Assert.ThrowsAsync<InvalidInputException>(() =>
            days.BookAsync(actor, ReceptionBookings.Booking(schedule, ReceptionBookings.NextMonday.AddDays(1))));

        // assert
        Assert.Equal("at", Assert.IsType<FieldError>(Assert.Single(refused.Errors)).Field);
    }

    [Fact]
    public async Task Book_InThePast_Should_BeAValidationError_On_At()
    {
        // arrange
        var schedule = await ReceptionBookings.ScheduleAsync(database, weekday: null);
        var (days, actor) = database.As<ReceptionDays>("taopu.officer");

        // act
        var refused = await Assert.ThrowsAsync<InvalidInputException>(() =>
            days.BookAsync(actor, ReceptionBookings.Booking(schedule, WorkflowDatabase.Now.AddDays(-1))));

        // assert
        Assert.Equal("at", Assert.IsType<FieldError>(Assert.Single(refused.Errors)).Field);
    }

    [Fact]
    public async Task Book_By_AnOfficerOfAnotherDistrict_Should_Not_Find_TheSchedule()
    {
        // arrange
        var schedule = await ReceptionBookings.ScheduleAsync(database);
        var (days, actor) = database.As<ReceptionDays>("yangpu.officer");

        // act
        var refused = await Assert.ThrowsAsync<InvalidInputException>(() =>
            days.BookAsync(actor, ReceptionBookings.Booking(schedule, ReceptionBookings.NextMonday)));

        // assert
        Assert.Equal("scheduleId", Assert.IsType<FieldError>(Assert.Single(refused.Errors)).Field);
    }

    [Fact]
    public async Task Receive_By_TheLeader_Should_Register_ALeaderDayCase_With_TheLeader_AsReceiver()
    {
        // arrange
        var id = await ReceptionBookings.BookedAsync(database, await ReceptionBookings.ScheduleAsync(database));
        var (days, leader) = database.As<ReceptionDays>("taopu.leader");

        // act
        await days.ReceiveAsync(leader, new ReceiveAppointmentInput { AppointmentId = id, Version = 1 });

        // assert
        await using var db = database.Read();
        var appointment = await db.ReceptionAppointments.Include(a => a.Case).SingleAsync(a => a.Id == id);
        Assert.Equal(AppointmentStatus.Received, appointment.Status);
        Assert.Equal((ReceptionForm.LeaderDay, Channel.Visit, leader.Subject, "/sh/putuo/taopu/", "旧改安置"),
            (appointment.Case!.ReceptionForm, appointment.Case.Channel, appointment.Case.FirstReceiverId, appointment.Case.OwnerPath, appointment.Case.Title));
    }

    [Fact]
    public async Task Receive_ByAnyoneButTheLeader_Should_BeNotAuthorized()
    {
        // arrange
        var id = await ReceptionBookings.BookedAsync(database, await ReceptionBookings.ScheduleAsync(database));
        var (days, officer) = database.As<ReceptionDays>("taopu.officer");

        // act & assert
        await Assert.ThrowsAsync<NotAuthorizedException>(() => days.ReceiveAsync(officer, new ReceiveAppointmentInput { AppointmentId = id, Version = 1 }));
    }

    [Fact]
    public async Task Receive_By_AnOfficerOfAnotherDistrict_Should_BeNotFound()
    {
        // arrange
        var id = await ReceptionBookings.BookedAsync(database, await ReceptionBookings.ScheduleAsync(database));
        var (days, officer) = database.As<ReceptionDays>("yangpu.officer");

        // act
        var refused = await Assert.ThrowsAsync<NotFoundException>(() => days.ReceiveAsync(officer, new ReceiveAppointmentInput { AppointmentId = id, Version = 1 }));

        // assert
        Assert.Equal(ErrorCodes.NotFound, Assert.Single(refused.Errors).Code);
    }

    [Fact]
    public async Task Receive_Twice_Should_BeAnInvalidTransition()
    {
        // arrange
        var id = await ReceptionBookings.BookedAsync(database, await ReceptionBookings.ScheduleAsync(database));
        var (days, leader) = database.As<ReceptionDays>("taopu.leader");
        await days.ReceiveAsync(leader, new ReceiveAppointmentInput { AppointmentId = id, Version = 1 });

        // act & assert
        await Assert.ThrowsAsync<InvalidTransitionException>(() =>
            database.As<ReceptionDays>("taopu.leader").Workflow.ReceiveAsync(leader, new ReceiveAppointmentInput { AppointmentId = id, Version = 2 }));
    }
}
