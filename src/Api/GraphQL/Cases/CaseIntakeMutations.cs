using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Api.GraphQL.Units;
using Platform.Data;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Cases;

/// <summary>Receiving a case: register, accept or decline, withdraw.</summary>
public static class CaseIntakeMutations
{
    public const int MaxTitle = 200;
    public const int MaxDescription = 10_000;
    public const int MaxReason = 2_000;

    public static void AddCaseIntakeMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<RegisterCaseInput, Case, CaseType>(
            "registerCase", new RegisterCaseInputType(), "case",
            "Registers a petition in the caller's unit or a descendant; the caller becomes its first receiver (首接负责).",
            RegisterAsync);

        mutation.Mutation<CaseReasonInput, Case, CaseType>(
            "acceptCase", new CaseReasonInputType("AcceptCaseInput", "An optional note."), "case",
            "Accepts a registered case for handling; the handling deadline starts.",
            AcceptAsync);

        mutation.Mutation<CaseReasonInput, Case, CaseType>(
            "declineCase", new CaseReasonInputType("DeclineCaseInput", "Why the case is not accepted (required)."), "case",
            "Declines a registered case (不予受理) with a reason.",
            DeclineAsync);

        mutation.Mutation<CaseReasonInput, Case, CaseType>(
            "withdrawCase", new CaseReasonInputType("WithdrawCaseInput", "Why the petitioner withdrew."), "case",
            "Records that the petitioner withdrew the case; possible in any state before RESOLVED.",
            WithdrawAsync);
    }

    private static async Task<int> RegisterAsync(RegisterCaseInput input, MutationContext m)
    {
        CaseAccess.RequireWriter(m.Principal);
        var clientMutationId = input.ClientMutationId?.Trim();
        if (!string.IsNullOrEmpty(clientMutationId) && await FindRegisteredAsync(m, clientMutationId) is { } existing)
        {
            return existing;
        }

        var unit = await ValidateAsync(input, m);
        var @case = await CaseRegistration.AddAsync(m, unit, input, clientMutationId);
        try
        {
            await m.Db.SaveChangesAsync(m.CancellationToken);
        }
        catch (DbUpdateException) when (!string.IsNullOrEmpty(clientMutationId))
        {
            // A concurrent retry with the same clientMutationId won the unique index.
            m.Db.ChangeTracker.Clear();
            return await FindRegisteredAsync(m, clientMutationId) ?? throw new InvalidOperationException("Registration failed.");
        }

        return @case.Id;
    }

    private static async Task<int?> FindRegisteredAsync(MutationContext m, string clientMutationId)
    {
        var subject = m.Principal.Subject ?? "";
        var ids = await m.Db.Cases
            .Where(c => c.FirstReceiverId == subject && c.ClientMutationId == clientMutationId)
            .Select(c => c.Id)
            .ToListAsync(m.CancellationToken);
        return ids.Count > 0 ? ids[0] : null;
    }

    private static async Task<Unit> ValidateAsync(RegisterCaseInput input, MutationContext m)
    {
        var check = new InputValidator();
        check.Text("title", input.Title, MaxTitle);
        check.Text("description", input.Description, MaxDescription);
        check.Range("headcount", input.Headcount, 1, 10_000);
        if (input.Petitioners.Count == 0)
        {
            check.Add("petitioners", "At least one petitioner is required.");
        }
        else if (input.Petitioners.Count > 100)
        {
            check.Add("petitioners", "At most 100 petitioners can be registered with one case.");
        }

        for (var i = 0; i < input.Petitioners.Count; i++)
        {
            var p = input.Petitioners[i];
            check.Text($"petitioners[{i}].name", p.Name, 100);
            check.OptionalText($"petitioners[{i}].phone", p.Phone, 32);
            check.OptionalText($"petitioners[{i}].idNumber", p.IdNumber, 32);
            check.OptionalText($"petitioners[{i}].address", p.Address, 300);
        }

        var unit = await ResolveUnitAsync(m, input.UnitId, check);
        check.ThrowIfInvalid();
        return unit!;
    }

    private static async Task<Unit?> ResolveUnitAsync(MutationContext m, string? unitId, InputValidator check)
    {
        int? id = string.IsNullOrEmpty(unitId) ? m.Principal.UnitId : GlobalId.DecodeKey(unitId, UnitType.TypeName);
        var unit = id is null ? null : await m.Db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, m.CancellationToken);
        if (unit is null)
        {
            check.Add("unitId", "No such unit.");
        }
        else if (!m.Principal.Scope.Contains(unit.Path))
        {
            check.Add("unitId", "A case can be registered only in the caller's unit or one of its descendants.");
        }
        else if (unit.DeactivatedAt is not null)
        {
            check.Add("unitId", CaseUnitRules.DeactivatedMessage);
        }

        return unit;
    }

    private static async Task<int> AcceptAsync(CaseReasonInput input, MutationContext m)
    {
        CaseAccess.RequireWriter(m.Principal);
        var note = Reason(input.Reason, required: false);
        var @case = await CaseChanges.LoadAsync(m, input.CaseId, input.Version);
        CaseAccess.RequireHandler(m.Principal, @case);
        CaseChanges.RequireStatus(@case, "accept the case", CaseStatus.Registered);
        var policy = m.Services.GetRequiredService<IOptions<DeadlinePolicy>>().Value;
        @case.Status = CaseStatus.Accepted;
        @case.AcceptedAt = m.Now;
        @case.ResolveDueAt = m.Now.AddDays(policy.ResolveDays);
        return await CaseChanges.SaveAsync(m, @case, CaseEventKind.Accepted, note);
    }

    private static async Task<int> DeclineAsync(CaseReasonInput input, MutationContext m)
    {
        CaseAccess.RequireWriter(m.Principal);
        var reason = Reason(input.Reason, required: true);
        var @case = await CaseChanges.LoadAsync(m, input.CaseId, input.Version);
        CaseAccess.RequireHandler(m.Principal, @case);
        CaseChanges.RequireStatus(@case, "decline the case", CaseStatus.Registered);
        @case.Status = CaseStatus.NotAccepted;
        return await CaseChanges.SaveAsync(m, @case, CaseEventKind.Declined, reason);
    }

    private static async Task<int> WithdrawAsync(CaseReasonInput input, MutationContext m)
    {
        CaseAccess.RequireWriter(m.Principal);
        var reason = Reason(input.Reason, required: false);
        var @case = await CaseChanges.LoadAsync(m, input.CaseId, input.Version);
        CaseAccess.RequireHandler(m.Principal, @case);
        CaseChanges.RequireStatus(@case, "withdraw the case", CaseStatus.Registered, CaseStatus.Accepted, CaseStatus.InProgress);
        @case.Status = CaseStatus.Withdrawn;
        @case.ClosedAt = m.Now;
        return await CaseChanges.SaveAsync(m, @case, CaseEventKind.Withdrawn, reason);
    }

    /// <summary>Validates a reason before anything is loaded, so bad input never reaches the store.</summary>
    public static string? Reason(string? reason, bool required, string field = "reason", int maxLength = MaxReason)
    {
        var check = new InputValidator();
        var text = required ? check.Text(field, reason, maxLength) : check.OptionalText(field, reason, maxLength);
        check.ThrowIfInvalid();
        return text;
    }
}
