using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Data.Entities;
using Platform.Workflow.Cases;

namespace Platform.Api.GraphQL.Cases;

/// <summary>Closing the loop: resolve, verify (四个是否), close (<see cref="CaseResolution"/>).</summary>
public static class CaseResolutionMutations
{
    public static void AddCaseResolutionMutations(this ObjectGraphType mutation) =>
        mutation.Workflow<CaseResolution, Case, CaseType>("case")
            .Add("resolveCase", new ResolveCaseInputType(),
                "Records the answer given to the petitioner; an ACCEPTED or IN_PROGRESS case becomes RESOLVED. The handling unit or an ancestor.",
                w => w.ResolveAsync)
            .Add("verifyCase", new VerifyCaseInputType(),
                "Records the four checks (四个是否) on a RESOLVED case; the handling or owner unit or an ancestor. SATISFIED or BASICALLY_SATISFIED make it " +
                "VERIFIED (event VERIFIED). The first DISSATISFIED reopens it for review (复查): IN_PROGRESS with a fresh handling deadline (events VERIFIED, " +
                "then REOPENED). A DISSATISFIED review closes it as unresolved: CLOSED (events VERIFIED, then CLOSED with data {unresolved: true}).",
                w => w.VerifyAsync)
            .Add("closeCase", new CaseReasonInputType("CloseCaseInput", "An optional closing note."),
                "Closes (办结) a VERIFIED case, or archives a NOT_ACCEPTED one; the handling or owner unit or an ancestor.",
                w => w.CloseAsync);
}
