using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Data.Entities;
using Platform.Workflow.Cases;

namespace Platform.Api.GraphQL.Cases;

/// <summary>Receiving a case: register, accept or decline, withdraw (<see cref="CaseIntake"/>).</summary>
public static class CaseIntakeMutations
{
    public static void AddCaseIntakeMutations(this ObjectGraphType mutation) =>
        mutation.Workflow<CaseIntake, Case, CaseType>("case")
            .Add("registerCase", new RegisterCaseInputType(),
                "Registers a petition in the caller's unit or a descendant; the caller becomes its first receiver (首接负责).",
                w => w.RegisterAsync)
            .Add("acceptCase", new CaseReasonInputType("AcceptCaseInput", "An optional note."),
                "Accepts a registered case for handling; the handling deadline starts.",
                w => w.AcceptAsync)
            .Add("declineCase", new CaseReasonInputType("DeclineCaseInput", "Why the case is not accepted (required)."),
                "Declines a registered case (不予受理) with a reason.",
                w => w.DeclineAsync)
            .Add("withdrawCase", new CaseReasonInputType("WithdrawCaseInput", "Why the petitioner withdrew."),
                "Records that the petitioner withdrew the case; possible in any state before RESOLVED.",
                w => w.WithdrawAsync);
}
