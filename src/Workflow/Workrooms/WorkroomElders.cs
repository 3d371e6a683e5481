using Microsoft.EntityFrameworkCore;
using Platform.Data.Entities;
using Platform.Data.Events;
using Platform.Identity;
using Platform.Workflow.Common;

namespace Platform.Workflow.Workrooms;

/// <summary>A workroom's members: membership changes bump the workroom's version.</summary>
public sealed class WorkroomElders(ChangeRunner runner)
{
    /// <summary>Adds an elder to a workroom, optionally linked to the elder's own account; its unit or an ancestor only.</summary>
    public Task<int> AddAsync(Actor actor, AddElderInput input, CancellationToken cancellationToken = default) =>
        runner.RunAsync(actor, async change =>
        {
            WorkroomAccess.RequireWriter(actor);
            var check = new InputValidator();
            check.Text("name", input.Name, WorkroomLimits.Name);
            var expertise = ElderExpertise.Parse(check, input.Expertise);
            var phone = check.OptionalText("phone", input.Phone, WorkroomLimits.Phone);
            if (phone is not null && !phone.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '-'))
            {
                check.Add("phone", "'phone' may hold only digits, spaces, '+' and '-'.");
            }

            var account = check.OptionalText("account", input.Account, WorkroomLimits.Account);
            check.ThrowIfInvalid();

            var workroom = await Versioned.LoadAsync<Workroom>(change, input.WorkroomId, input.Version, WorkroomManagement.TheWorkroom);
            WorkroomAccess.RequireManager(actor, workroom);
            var elder = input.MapTo<Elder>();
            elder.WorkroomId = workroom.Id;
            elder.OwnerPath = workroom.OwnerPath;
            elder.Expertise = expertise;
            elder.UserId = account is null ? null : await ElderAccountAsync(change, workroom, account);
            elder.Active = true;
            elder.JoinedAt = change.Now;
            change.Db.Elders.Add(elder);
            WorkroomManagement.Log(change, workroom, ActivityKinds.ElderAdded, elder.Name,
                new { expertise = expertise.Split(',', StringSplitOptions.RemoveEmptyEntries), account });
            return await Versioned.SaveAsync(change, workroom);
        }, cancellationToken);

    /// <summary>Marks an elder of a workroom inactive (kept on record); its unit or an ancestor only.</summary>
    public Task<int> RemoveAsync(Actor actor, RemoveElderInput input, CancellationToken cancellationToken = default) =>
        runner.RunAsync(actor, async change =>
        {
            WorkroomAccess.RequireWriter(actor);
            if (input.ElderId <= 0)
            {
                throw new InvalidInputException("elderId", "No such elder in the workroom.");
            }

            var workroom = await Versioned.LoadAsync<Workroom>(change, input.WorkroomId, input.Version, WorkroomManagement.TheWorkroom);
            WorkroomAccess.RequireManager(actor, workroom);
            var elder = await change.Db.Elders.SingleOrDefaultAsync(e => e.Id == input.ElderId && e.WorkroomId == workroom.Id, change.CancellationToken)
                ?? throw new InvalidInputException("elderId", "No such elder in the workroom.");
            if (!elder.Active)
            {
                throw new InvalidTransitionException("remove the elder", "INACTIVE");
            }

            elder.Active = false;
            WorkroomManagement.Log(change, workroom, ActivityKinds.ElderRemoved, elder.Name, new { elder = NodeIds.Encode(NodeIds.Elder, elder.Id) });
            return await Versioned.SaveAsync(change, workroom);
        }, cancellationToken);

    /// <summary>
    /// The id of the account named <paramref name="userName"/>: it must hold the <c>elder</c> role, act
    /// for the workroom's unit or an ancestor (so that it sees the workroom's sessions) and not
    /// already belong to the workroom.
    /// </summary>
    private static async Task<string> ElderAccountAsync(Change change, Workroom workroom, string userName)
    {
        var db = change.Db;
        var normalized = userName.ToUpperInvariant();
        var user = await db.Users.AsNoTracking()
            .Where(u => u.NormalizedUserName == normalized)
            .Select(u => new
            {
                u.Id,
                UnitPath = db.Units.Where(x => x.Id == u.UnitId).Select(x => x.Path).FirstOrDefault(),
                IsElder = db.UserRoles.Any(r => r.UserId == u.Id && db.Roles.Any(role => role.Id == r.RoleId && role.Name == PlatformRoles.Elder)),
            })
            .SingleOrDefaultAsync(change.CancellationToken);
        var error = user switch
        {
            null or { IsElder: false } => "No account with the elder role has this user name.",
            _ when user.UnitPath is null || !workroom.OwnerPath.StartsWith(user.UnitPath, StringComparison.Ordinal) =>
                "The account must act for the workroom's unit or one of its ancestors.",
            _ => null,
        };
        if (error is null && await db.Elders.AnyAsync(e => e.WorkroomId == workroom.Id && e.UserId == user!.Id && e.Active, change.CancellationToken))
        {
            error = "The account already belongs to an elder of the workroom.";
        }

        return error is null ? user!.Id : throw new InvalidInputException("account", error);
    }
}
