using Microsoft.EntityFrameworkCore;
using Platform.Data.Entities;
using Platform.Workflow.Cases;
using Platform.Workflow.Common;

namespace Platform.Workflow.Visits;

/// <summary>
/// Outreach visits (走访, 下访, 清晨访问团): record a visit with its questionnaire and issues, add the
/// filled-in questionnaires, and turn an issue into a case through <see cref="CaseIntake"/> (channel
/// <c>OUTREACH</c>, reception form <c>HOME_VISIT</c>), the issue keeping the case it became.
/// </summary>
public sealed class VisitRecords(ChangeRunner runner, CaseIntake intake)
{
    public const string TheVisit = "The visit";

    public Task<int> RecordAsync(Actor actor, RecordVisitInput input, CancellationToken cancellationToken = default) =>
        runner.RunAsync(actor, async change =>
        {
            CaseAccess.RequireWriter(actor);
            var visit = await VisitRules.ValidateAsync(change, input);
            change.Db.Visits.Add(visit);
            await change.SaveAsync();
            return visit.Id;
        }, cancellationToken);

    public Task<int> RecordResponsesAsync(Actor actor, RecordResponsesInput input, CancellationToken cancellationToken = default) =>
        runner.RunAsync(actor, async change =>
        {
            var visit = await LoadAsync(change, input);
            var questions = await change.Db.QuestionnaireQuestions.AsNoTracking()
                .Where(q => q.VisitId == visit.Id).OrderBy(q => q.Position).ToListAsync(change.CancellationToken);
            var respondents = await change.Db.QuestionnaireAnswers
                .Where(a => a.VisitId == visit.Id).Select(a => (int?)a.Respondent).MaxAsync(change.CancellationToken) ?? 0;
            change.Db.QuestionnaireAnswers.AddRange(VisitRules.Answers(visit, questions, input.Responses, respondents));
            return await Versioned.SaveAsync(change, visit);
        }, cancellationToken);

    public Task<int> ConvertIssueAsync(Actor actor, ConvertIssueToCaseInput input, CancellationToken cancellationToken = default) =>
        runner.RunAsync(actor, async change =>
        {
            var visit = await LoadAsync(change, input);
            var issue = await change.Db.VisitIssues.SingleOrDefaultAsync(i => i.VisitId == visit.Id && i.Position == input.Issue, change.CancellationToken)
                ?? throw new InvalidInputException("issue", "The visit has no issue with this number.");
            if (issue.CaseId is not null)
            {
                throw new InvalidTransitionException("convert the issue", "CONVERTED");
            }

            issue.CaseId = await intake.RegisterAsync(actor, new RegisterCaseInput
            {
                Petitioners = input.Petitioners,
                Headcount = input.Headcount,
                Channel = Channel.Outreach,
                ReceptionForm = ReceptionForm.HomeVisit,
                Category = input.Category,
                Title = issue.Description.Length <= CaseLimits.Title ? issue.Description : issue.Description[..CaseLimits.Title],
                Description = issue.Description,
                UnitId = visit.OwnerUnitId,
                ClientMutationId = $"visit-issue-{issue.Id}",
            }, change.CancellationToken);
            return await Versioned.SaveAsync(change, visit);
        }, cancellationToken);

    /// <summary>A visible visit at the client's version, changed by a writer of its unit or an ancestor.</summary>
    private static async Task<OutreachVisit> LoadAsync(Change change, VisitChangeInput input)
    {
        CaseAccess.RequireWriter(change.Actor);
        var visit = await Versioned.LoadAsync<OutreachVisit>(change, input.VisitId, input.Version, TheVisit);
        if (!change.Actor.Scope.Contains(visit.OwnerPath))
        {
            throw new NotAuthorizedException("Only the visited unit or one of its ancestors may change the visit.");
        }

        return visit;
    }
}
