using Microsoft.EntityFrameworkCore;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Data.Entities;
using Platform.Identity;

namespace Platform.Api.GraphQL.Workrooms;

/// <summary><c>addElder</c> and <c>removeElder</c>: membership changes bump the workroom's version.</summary>
public static class WorkroomElders
{
    private const int MaxPhone = 32;

    public static async Task<int> AddAsync(AddElderInput input, MutationContext m)
    {
        WorkroomAccess.RequireWriter(m.Principal);
        var check = new InputValidator();
        var name = check.Text("name", input.Name, WorkroomMutations.MaxName);
        var expertise = ElderExpertise.Parse(check, input.Expertise);
        var phone = check.OptionalText("phone", input.Phone, MaxPhone);
        if (phone is not null && !phone.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '-'))
        {
            check.Add("phone", "'phone' may hold only digits, spaces, '+' and '-'.");
        }

        var account = check.OptionalText("account", input.Account, 256);
        check.ThrowIfInvalid();

        var workroom = await VersionedChanges.LoadAsync<Workroom>(m, input.WorkroomId, WorkroomType.TypeName, input.Version, WorkroomMutations.TheWorkroom);
        WorkroomAccess.RequireManager(m.Principal, workroom);
        var userId = account is null ? null : await ElderAccountAsync(m, workroom, account);
        m.Db.Elders.Add(new Elder
        {
            WorkroomId = workroom.Id,
            OwnerPath = workroom.OwnerPath,
            Name = name,
            Expertise = expertise,
            Phone = phone,
            UserId = userId,
            Active = true,
            JoinedAt = m.Now,
        });
        WorkroomMutations.Log(m, workroom, "ELDER_ADDED", name, new { expertise = expertise.Split(',', StringSplitOptions.RemoveEmptyEntries), account });
        return await VersionedChanges.SaveAsync(m, workroom);
    }

    public static async Task<int> RemoveAsync(RemoveElderInput input, MutationContext m)
    {
        WorkroomAccess.RequireWriter(m.Principal);
        var elderId = GlobalId.DecodeKey(input.ElderId, ElderType.TypeName)
            ?? throw new InvalidInputException("elderId", "No such elder in the workroom.");
        var workroom = await VersionedChanges.LoadAsync<Workroom>(m, input.WorkroomId, WorkroomType.TypeName, input.Version, WorkroomMutations.TheWorkroom);
        WorkroomAccess.RequireManager(m.Principal, workroom);
        var elder = await m.Db.Elders.SingleOrDefaultAsync(e => e.Id == elderId && e.WorkroomId == workroom.Id, m.CancellationToken)
            ?? throw new InvalidInputException("elderId", "No such elder in the workroom.");
        if (!elder.Active)
        {
            throw new InvalidTransitionException("remove the elder", "INACTIVE");
        }

        elder.Active = false;
        WorkroomMutations.Log(m, workroom, "ELDER_REMOVED", elder.Name, new { elder = GlobalId.Encode(ElderType.TypeName, elder.Id) });
        return await VersionedChanges.SaveAsync(m, workroom);
    }

    /// <summary>
    /// The id of the account named <paramref name="userName"/>: it must hold the <c>elder</c> role, act
    /// for the workroom's unit or an ancestor (so that it sees the workroom's sessions) and not
    /// already belong to the workroom.
    /// </summary>
    private static async Task<string> ElderAccountAsync(MutationContext m, Workroom workroom, string userName)
    {
        var normalized = userName.ToUpperInvariant();
        var user = await m.Db.Users.AsNoTracking()
            .Where(u => u.NormalizedUserName == normalized)
            .Select(u => new
            {
                u.Id,
                UnitPath = m.Db.Units.Where(x => x.Id == u.UnitId).Select(x => x.Path).FirstOrDefault(),
                IsElder = m.Db.UserRoles.Any(r => r.UserId == u.Id && m.Db.Roles.Any(role => role.Id == r.RoleId && role.Name == PlatformRoles.Elder)),
            })
            .SingleOrDefaultAsync(m.CancellationToken);
        var error = user switch
        {
            null or { IsElder: false } => "No account with the elder role has this user name.",
            _ when user.UnitPath is null || !workroom.OwnerPath.StartsWith(user.UnitPath, StringComparison.Ordinal) =>
                "The account must act for the workroom's unit or one of its ancestors.",
            _ => null,
        };
        if (error is null && await m.Db.Elders.AnyAsync(e => e.WorkroomId == workroom.Id && e.UserId == user!.Id && e.Active, m.CancellationToken))
        {
            error = "The account already belongs to an elder of the workroom.";
        }

        return error is null ? user!.Id : throw new InvalidInputException("account", error);
    }
}
