using Platform.Data;
using Platform.Data.Entities;
using Platform.Workflow.Common;

namespace Platform.Workflow.Visits;

/// <summary>What a visit and its questionnaires must satisfy, every problem reported at once; nothing is changed.</summary>
public static class VisitRules
{
    public static async Task<OutreachVisit> ValidateAsync(Change change, RecordVisitInput given)
    {
        // Optional lists a client sent as null are empty.
        var input = given with
        {
            Questions = [.. (given.Questions ?? []).Select(q => q with { Options = q.Options ?? [] })],
            Issues = given.Issues ?? [],
        };
        var check = new InputValidator();
        check.Text("team", input.Team, VisitLimits.Team);
        check.Range("households", input.Households, 0, VisitLimits.Households);
        if (UtcTime.Normalize(input.VisitedOn) > change.Now)
        {
            check.Add("visitedOn", "'visitedOn' cannot be in the future.");
        }

        CheckQuestions(input.Questions, check);
        if (input.Issues.Count > VisitLimits.Issues)
        {
            check.Add("issues", $"At most {VisitLimits.Issues} issues can be recorded on one visit.");
        }

        for (var i = 0; i < input.Issues.Count; i++)
        {
            check.Text($"issues[{i}]", input.Issues[i], VisitLimits.Issue);
        }

        var unit = await Units.InScopeAsync(change, input.UnitId, check, "A visit can be recorded only for the caller's unit or one of its descendants.");
        check.ThrowIfInvalid();

        var visit = input.MapTo<OutreachVisit>();
        visit.OwnerUnitId = unit!.Id;
        visit.OwnerPath = unit.Path;
        for (var i = 0; i < visit.Questions.Count; i++)
        {
            visit.Questions[i].Position = i + 1;
            visit.Questions[i].OwnerPath = unit.Path;
        }

        visit.Issues = [.. input.Issues.Select((text, i) => new VisitIssue { Position = i + 1, Description = text.Trim(), OwnerPath = unit.Path })];
        return visit;
    }

    /// <summary>The answers of <paramref name="responses"/>, numbered after <paramref name="respondentsSoFar"/>; each must fit its question.</summary>
    public static List<QuestionnaireAnswer> Answers(
        OutreachVisit visit, IReadOnlyList<QuestionnaireQuestion> questions, IReadOnlyList<ResponseInput> responses, int respondentsSoFar)
    {
        var check = new InputValidator();
        if (questions.Count == 0)
        {
            check.Add("visitId", "The visit has no questionnaire.");
        }

        if (responses.Count is 0 or > VisitLimits.Responses)
        {
            check.Add("responses", $"Between 1 and {VisitLimits.Responses} responses can be recorded at once.");
        }

        var answers = new List<QuestionnaireAnswer>();
        for (var r = 0; r < responses.Count && questions.Count > 0; r++)
        {
            if (responses[r].Answers.Count != questions.Count)
            {
                check.Add($"responses[{r}].answers", $"A response answers each of the {questions.Count} questions, in order (null fields for one skipped).");
                continue;
            }

            for (var q = 0; q < questions.Count; q++)
            {
                var answer = responses[r].Answers[q];
                CheckAnswer($"responses[{r}].answers[{q}]", questions[q], answer, check);
                var row = answer.MapTo<QuestionnaireAnswer>();
                row.QuestionId = questions[q].Id;
                row.VisitId = visit.Id;
                row.OwnerPath = visit.OwnerPath;
                row.Respondent = respondentsSoFar + r + 1;
                answers.Add(row);
            }
        }

        check.ThrowIfInvalid();
        return answers;
    }

    private static void CheckQuestions(IReadOnlyList<QuestionInput> questions, InputValidator check)
    {
        if (questions.Count > VisitLimits.Questions)
        {
            check.Add("questions", $"A questionnaire has at most {VisitLimits.Questions} questions.");
        }

        for (var i = 0; i < questions.Count; i++)
        {
            var question = questions[i];
            check.Text($"questions[{i}].text", question.Text, VisitLimits.Question);
            var choice = question.Kind == QuestionKind.Choice;
            if (choice != question.Options.Count > 0 || question.Options.Count > VisitLimits.Options)
            {
                check.Add($"questions[{i}].options", $"A CHOICE question has 1 to {VisitLimits.Options} options; other kinds have none.");
            }

            for (var o = 0; o < question.Options.Count; o++)
            {
                check.Text($"questions[{i}].options[{o}]", question.Options[o], VisitLimits.Option);
            }
        }
    }

    private static void CheckAnswer(string field, QuestionnaireQuestion question, AnswerInput answer, InputValidator check)
    {
        var fits = question.Kind switch
        {
            QuestionKind.Choice => answer.Rating is null && answer.Text is null
                && (answer.Choice is null || question.Options.Split('\n').Contains(answer.Choice.Trim())),
            QuestionKind.Rating => answer.Choice is null && answer.Text is null && answer.Rating is null or (>= 1 and <= VisitLimits.MaxRating),
            _ => answer.Choice is null && answer.Rating is null && (answer.Text?.Length ?? 0) <= VisitLimits.Answer,
        };
        if (!fits)
        {
            check.Add(field, $"The answer does not fit question {question.Position} ({Data.Events.EnumNames.Constant(question.Kind)}).");
        }
    }
}
