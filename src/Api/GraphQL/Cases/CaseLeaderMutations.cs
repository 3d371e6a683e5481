using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Data.Entities;
using Platform.Workflow.Cases;

namespace Platform.Api.GraphQL.Cases;

/// <summary>The leaders' acts on a case: leader ownership (领导包案), supervision orders (督办), deadline extensions (<see cref="CaseLeaderActs"/>).</summary>
public static class CaseLeaderMutations
{
    public static void AddCaseLeaderMutations(this ObjectGraphType mutation) =>
        mutation.Workflow<CaseLeaderActs, Case, CaseType>("case")
            .Add("assignLeaderOwner", new CaseReasonInputType("AssignLeaderOwnerInput", "An optional note."),
                "A leader of the handling unit or an ancestor takes personal ownership of the case (领导包案) before it is resolved; "
                + "the status does not change.",
                w => w.AssignLeaderOwnerAsync)
            .Add("superviseCase", new SuperviseCaseInputType(),
                "A leader of a superior unit of the handling unit issues a supervision order (督办) before the case is resolved.",
                w => w.SuperviseAsync)
            .Add("extendDeadline", new ExtendDeadlineInputType(),
                "A leader of the handling unit or an ancestor extends the handling deadline of an accepted case, once.",
                w => w.ExtendDeadlineAsync);
}
