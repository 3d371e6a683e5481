using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Data.Entities;
using Platform.Workflow.Cases;

namespace Platform.Api.GraphQL.Cases;

/// <summary>Moving and widening a case (DESIGN §5 shares), <see cref="CaseSharing"/>.</summary>
public static class CaseSharingMutations
{
    public static void AddCaseSharingMutations(this ObjectGraphType mutation) =>
        mutation.Workflow<CaseSharing, Case, CaseType>("case")
            .Add("assignCase", new ShareCaseInputType("AssignCaseInput", "A unit below the handling unit."),
                "Assigns the case (交办) to a unit below the handling unit, which becomes the handling unit.",
                w => w.AssignAsync)
            .Add("escalateCase", new ShareCaseInputType("EscalateCaseInput", "A unit above the handling unit."),
                "Escalates the case (上报) to a unit above the handling unit, which becomes the handling unit; the owner keeps seeing it.",
                w => w.EscalateAsync)
            .Add("referCase", new ShareCaseInputType("ReferCaseInput", "Any unit neither above nor below the handling unit, e.g. in another district."),
                "Refers the case (转办) to another unit, which sees it at once and becomes the handling unit when it accepts. One referral awaits an answer at a time.",
                w => w.ReferAsync)
            .Add("acceptReferral", new AcceptReferralInputType(),
                "Accepts the case's pending referral: the unit it was referred to becomes the handling unit. By that unit or an ancestor.",
                w => w.AcceptReferralAsync)
            .Add("returnReferral", new CaseReasonInputType("ReturnReferralInput", "Why the referral is returned (required)."),
                "Returns the case's pending referral with a reason; the handling unit stays, and the case stays visible to the unit as history.",
                w => w.ReturnReferralAsync)
            .Add("requestAssistance", new ShareCaseInputType("RequestAssistanceInput", "Any unit other than the handling unit."),
                "Asks another unit to assist (协办, 吹哨报到): it sees the case and may add notes; the handling unit stays.",
                w => w.RequestAssistanceAsync);
}
