using GraphQL.Types;
using Microsoft.Extensions.Options;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Cases;

/// <summary>Closing the loop: resolve, verify (四个是否), close.</summary>
public static class CaseResolutionMutations
{
    public const int MaxAnswer = 10_000;

    public static void AddCaseResolutionMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<ResolveCaseInput, Case, CaseType>(
            "resolveCase", new ResolveCaseInputType(), "case",
            "Records the answer given to the petitioner; an ACCEPTED or IN_PROGRESS case becomes RESOLVED. The handling unit or an ancestor.",
            ResolveAsync);

        mutation.Mutation<VerifyCaseInput, Case, CaseType>(
            "verifyCase", new VerifyCaseInputType(), "case",
            "Records the four checks (四个是否) on a RESOLVED case; the handling or owner unit or an ancestor. SATISFIED or BASICALLY_SATISFIED make it " +
            "VERIFIED (event VERIFIED). The first DISSATISFIED reopens it for review (复查): IN_PROGRESS with a fresh handling deadline (events VERIFIED, " +
            "then REOPENED). A DISSATISFIED review closes it as unresolved: CLOSED (events VERIFIED, then CLOSED with data {unresolved: true}).",
            VerifyAsync);

        mutation.Mutation<CaseReasonInput, Case, CaseType>(
            "closeCase", new CaseReasonInputType("CloseCaseInput", "An optional closing note."), "case",
            "Closes (办结) a VERIFIED case, or archives a NOT_ACCEPTED one; the handling or owner unit or an ancestor.",
            CloseAsync);
    }

    private static async Task<int> ResolveAsync(ResolveCaseInput input, MutationContext m)
    {
        CaseAccess.RequireWriter(m.Principal);
        var answer = CaseIntakeMutations.Reason(input.Answer, required: true, field: "answer", maxLength: MaxAnswer)!;
        var @case = await CaseChanges.LoadAsync(m, input.CaseId, input.Version);
        CaseAccess.RequireHandler(m.Principal, @case);
        CaseChanges.RequireStatus(@case, "resolve the case", CaseStatus.Accepted, CaseStatus.InProgress);
        @case.Status = CaseStatus.Resolved;
        @case.Answer = answer;
        @case.ResolvedAt = m.Now;
        return await CaseChanges.SaveAsync(m, @case, CaseEventKind.Resolved, answer);
    }

    private static async Task<int> VerifyAsync(VerifyCaseInput input, MutationContext m)
    {
        CaseAccess.RequireWriter(m.Principal);
        var note = Validate(input);
        var @case = await CaseChanges.LoadAsync(m, input.CaseId, input.Version);
        CaseAccess.RequireHandlerOrOwner(m.Principal, @case);
        CaseChanges.RequireStatus(@case, "verify the case", CaseStatus.Resolved);
        m.Db.CaseVerifications.Add(new CaseVerification
        {
            Case = @case,
            CaseId = @case.Id,
            OwnerPath = @case.OwnerPath,
            HandledPerNorm = input.HandledPerNorm,
            MeasuresImplemented = input.MeasuresImplemented,
            ProblemSolved = input.ProblemSolved,
            CitizenSatisfied = input.CitizenSatisfied,
            Satisfaction = input.Satisfaction,
            Method = input.Method,
            Note = note,
            VerifiedAt = m.Now,
            VerifiedById = m.Principal.Subject ?? "",
            VerifiedByUnitId = m.Principal.UnitId ?? 0,
        });
        var checks = new
        {
            satisfaction = Constant(input.Satisfaction),
            method = Constant(input.Method),
            input.HandledPerNorm,
            input.MeasuresImplemented,
            input.ProblemSolved,
            input.CitizenSatisfied,
        };
        if (input.Satisfaction is not Satisfaction.Dissatisfied)
        {
            @case.Status = CaseStatus.Verified;
            return await CaseChanges.SaveAsync(m, @case, CaseEventKind.Verified, note, checks);
        }

        // The change is one version step with two events: the verification as recorded, then its consequence.
        CaseTimeline.Append(m, @case, CaseEventKind.Verified, note, checks);
        if (@case.ReviewCount == 0)
        {
            var policy = m.Services.GetRequiredService<IOptions<DeadlinePolicy>>().Value;
            @case.Status = CaseStatus.InProgress;
            @case.ReviewCount = 1;
            @case.ResolvedAt = null;
            @case.ResolveDueAt = m.Now.AddDays(policy.ResolveDays);

            // The review is a handling period of its own, with its own one extension.
            @case.DeadlineExtended = false;
            return await CaseChanges.SaveAsync(m, @case, CaseEventKind.Reopened, "The petitioner is dissatisfied; the case is reviewed (复查).",
                new { review = @case.ReviewCount, resolveDueAt = @case.ResolveDueAt });
        }

        @case.Status = CaseStatus.Closed;
        @case.ClosedAt = m.Now;
        return await CaseChanges.SaveAsync(m, @case, CaseEventKind.Closed, "The petitioner is dissatisfied after review; closed as unresolved.",
            new { unresolved = true });
    }

    private static async Task<int> CloseAsync(CaseReasonInput input, MutationContext m)
    {
        CaseAccess.RequireWriter(m.Principal);
        var note = CaseIntakeMutations.Reason(input.Reason, required: false);
        var @case = await CaseChanges.LoadAsync(m, input.CaseId, input.Version);
        CaseAccess.RequireHandlerOrOwner(m.Principal, @case);

        // A declined case (不予受理) is closed too, to archive it once the petitioner was told.
        CaseChanges.RequireStatus(@case, "close the case", CaseStatus.Verified, CaseStatus.NotAccepted);
        @case.Status = CaseStatus.Closed;
        @case.ClosedAt = m.Now;
        return await CaseChanges.SaveAsync(m, @case, CaseEventKind.Closed, note);
    }

    /// <summary>Checks the input before anything is loaded; the citizen-satisfied check must not contradict the satisfaction.</summary>
    private static string? Validate(VerifyCaseInput input)
    {
        var check = new InputValidator();
        var note = check.OptionalText("note", input.Note, CaseIntakeMutations.MaxReason);
        if (input.CitizenSatisfied && input.Satisfaction is Satisfaction.Dissatisfied)
        {
            check.Add("citizenSatisfied", "'citizenSatisfied' cannot be true when the satisfaction is DISSATISFIED.");
        }
        else if (!input.CitizenSatisfied && input.Satisfaction is Satisfaction.Satisfied)
        {
            check.Add("citizenSatisfied", "'citizenSatisfied' cannot be false when the satisfaction is SATISFIED.");
        }

        check.ThrowIfInvalid();
        return note;
    }

    /// <summary>The GraphQL name of an enum value, e.g. <c>BASICALLY_SATISFIED</c>, as the seeded timeline writes it.</summary>
    private static string Constant(Enum value) =>
        string.Concat(value.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();
}
