using Platform.Data.Entities;
using Platform.Workflow.Receptions;
using Platform.Workflow.Tests.Infrastructure;

namespace Platform.Workflow.Tests.Receptions;

/// <summary>Schedules and bookings the reception tests start from; the clock's day is a Friday.</summary>
internal static class ReceptionBookings
{
    /// <summary>Monday 23 November 2026, 01:00 UTC: the next Monday after the clock.</summary>
    public static readonly DateTime NextMonday = new(2026, 11, 23, 1, 0, 0, DateTimeKind.Utc);

    public static async Task<int> ScheduleAsync(WorkflowDatabase database, DayOfWeek? weekday = DayOfWeek.Monday)
    {
        await ReceptionLeaders.EnsureAsync(database, "taopu.leader");
        var (days, actor) = database.As<ReceptionDays>("taopu.officer");
        return await days.CreateScheduleAsync(actor, new CreateReceptionScheduleInput { LeaderUserName = "taopu.leader", Place = "街道信访接待室", Weekday = weekday });
    }

    public static BookReceptionInput Booking(int scheduleId, DateTime at) => new()
    {
        ScheduleId = scheduleId,
        At = at,
        PetitionerName = " 钱七 ",
        PetitionerPhone = "13933330001",
        Headcount = 2,
        Category = CaseCategory.Housing,
        Subject = "旧改安置",
        Description = "希望当面向领导反映旧改安置问题",
    };

    public static async Task<int> BookedAsync(WorkflowDatabase database, int scheduleId)
    {
        var (days, actor) = database.As<ReceptionDays>("taopu.officer");
        return await days.BookAsync(actor, Booking(scheduleId, NextMonday));
    }
}
