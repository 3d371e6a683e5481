using Microsoft.EntityFrameworkCore;
using Platform.Data.Entities;
using Platform.Identity;
using Platform.Workflow.Cases;
using Platform.Workflow.Common;

namespace Platform.Workflow.Receptions;

/// <summary>
/// Leader reception days (领导接待日): a schedule with its leader, appointments booked for residents,
/// and the leader receiving one, which registers its case through <see cref="CaseIntake"/> with
/// reception form <c>LEADER_DAY</c> and the leader as first receiver.
/// </summary>
public sealed class ReceptionDays(ChangeRunner runner, CaseIntake intake)
{
    public const string TheSchedule = "The reception schedule";
    public const string TheAppointment = "The appointment";

    /// <summary>A schedule of the actor's unit or a descendant, held by a leader of that unit.</summary>
    public Task<int> CreateScheduleAsync(Actor actor, CreateReceptionScheduleInput input, CancellationToken cancellationToken = default) =>
        runner.RunAsync(actor, async change =>
        {
            CaseAccess.RequireWriter(actor);
            var check = new InputValidator();
            var place = check.Text("place", input.Place, ReceptionLimits.Place);
            var userName = check.Text("leaderUserName", input.LeaderUserName, ReceptionLimits.UserName);
            var unit = await Units.InScopeAsync(change, input.UnitId, check, "A reception day can be held only by the caller's unit or one of its descendants.");
            var leader = await LeaderAsync(change, userName, unit, check);
            check.ThrowIfInvalid();

            var schedule = new ReceptionSchedule
            {
                OwnerUnitId = unit!.Id,
                OwnerPath = unit.Path,
                LeaderId = leader!.Id,
                LeaderName = leader.DisplayName,
                Place = place,
                Weekday = input.Weekday,
            };
            change.Db.ReceptionSchedules.Add(schedule);
            await change.SaveAsync();
            return schedule.Id;
        }, cancellationToken);

    /// <summary>Books an appointment in the future on a visible schedule (on its weekday, for a weekly one).</summary>
    public Task<int> BookAsync(Actor actor, BookReceptionInput input, CancellationToken cancellationToken = default) =>
        runner.RunAsync(actor, async change =>
        {
            CaseAccess.RequireWriter(actor);
            var check = new InputValidator();
            var at = check.Future("at", input.At, change.Now);
            check.Text("petitionerName", input.PetitionerName, CaseLimits.PetitionerName);
            check.OptionalText("petitionerPhone", input.PetitionerPhone, CaseLimits.Phone);
            check.Text("subject", input.Subject, CaseLimits.Title);
            check.Text("description", input.Description, CaseLimits.Description);
            check.Range("headcount", input.Headcount, 1, CaseLimits.MaxHeadcount);
            var schedule = await change.Db.ReceptionSchedules.AsNoTracking().SingleOrDefaultAsync(s => s.Id == input.ScheduleId, change.CancellationToken);
            if (schedule is null)
            {
                check.Add("scheduleId", "No such reception schedule is visible to the caller.");
            }
            else if (schedule.Weekday is { } weekday && at.DayOfWeek != weekday)
            {
                check.Add("at", $"This reception day is held on {weekday}s (UTC).");
            }

            check.ThrowIfInvalid();
            var appointment = input.MapTo<ReceptionAppointment>();
            appointment.OwnerPath = schedule!.OwnerPath;
            appointment.Status = AppointmentStatus.Booked;
            appointment.BookedById = actor.Subject;
            appointment.BookedByPath = actor.UnitPath;
            appointment.BookedAt = change.Now;
            change.Db.ReceptionAppointments.Add(appointment);
            await change.SaveAsync();
            return appointment.Id;
        }, cancellationToken);

    /// <summary>The schedule's leader receives a booked appointment: its case is registered in the schedule's unit and linked.</summary>
    public Task<int> ReceiveAsync(Actor actor, ReceiveAppointmentInput input, CancellationToken cancellationToken = default) =>
        runner.RunAsync(actor, async change =>
        {
            CaseAccess.RequireWriter(actor);
            var appointment = await Versioned.LoadAsync<ReceptionAppointment>(change, input.AppointmentId, input.Version, TheAppointment);
            var schedule = await change.Db.ReceptionSchedules.AsNoTracking().SingleAsync(s => s.Id == appointment.ScheduleId, change.CancellationToken);
            if (schedule.LeaderId != actor.Subject)
            {
                throw new NotAuthorizedException("Only the reception day's leader receives its appointments.");
            }

            if (appointment.Status != AppointmentStatus.Booked)
            {
                throw new InvalidTransitionException("receive the appointment", Data.Events.EnumNames.Constant(appointment.Status));
            }

            appointment.CaseId = await intake.RegisterAsync(actor, new RegisterCaseInput
            {
                Petitioners = [new PetitionerInput { Name = appointment.PetitionerName, Phone = appointment.PetitionerPhone }],
                Headcount = appointment.Headcount,
                Channel = Channel.Visit,
                ReceptionForm = ReceptionForm.LeaderDay,
                Category = appointment.Category,
                Title = appointment.Subject,
                Description = appointment.Description,
                UnitId = schedule.OwnerUnitId,
                ClientMutationId = $"reception-appointment-{appointment.Id}",
            }, change.CancellationToken);
            appointment.Status = AppointmentStatus.Received;
            return await Versioned.SaveAsync(change, appointment);
        }, cancellationToken);

    /// <summary>The named account, a leader of the schedule's unit.</summary>
    private static async Task<PlatformUser?> LeaderAsync(Change change, string userName, Unit? unit, InputValidator check)
    {
        if (userName.Length == 0 || unit is null)
        {
            return null;
        }

        var normalized = userName.ToUpperInvariant();
        var leader = await change.Db.Users.AsNoTracking()
            .Where(u => u.NormalizedUserName == normalized && u.DeactivatedAt == null && u.Unit!.Path == unit.Path)
            .Where(u => change.Db.UserRoles.Any(r => r.UserId == u.Id && change.Db.Roles.Any(x => x.Id == r.RoleId && x.Name == PlatformRoles.Leader)))
            .SingleOrDefaultAsync(change.CancellationToken);
        if (leader is null)
        {
            check.Add("leaderUserName", "No active leader of the unit has this account name.");
        }

        return leader;
    }
}
