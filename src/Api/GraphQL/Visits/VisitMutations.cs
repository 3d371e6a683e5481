using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Data.Entities;
using Platform.Workflow.Visits;

namespace Platform.Api.GraphQL.Visits;

/// <summary>Outreach visits (<see cref="VisitRecords"/>).</summary>
public static class VisitMutations
{
    public static void AddVisitMutations(this ObjectGraphType mutation)
    {
        mutation.Workflow<VisitRecords, OutreachVisit, OutreachVisitType>("visit")
            .Add("recordVisit", new RecordVisitInputType(),
                "Records a visit to the caller's unit or a descendant, with its questionnaire and the issues found.",
                w => w.RecordAsync)
            .Add("recordQuestionnaireResponses", new RecordQuestionnaireResponsesInputType(),
                "Adds filled-in questionnaires to a visit; each answer must fit its question.",
                w => w.RecordResponsesAsync)
            .Add("convertVisitIssueToCase", new ConvertVisitIssueToCaseInputType(),
                "Registers an issue of the visit as a case of the visited unit (channel OUTREACH, reception form HOME_VISIT); the issue keeps the case.",
                w => w.ConvertIssueAsync);
    }
}
