using Platform.Data.Entities;
using Platform.Workflow.Common;
using Platform.Workflow.Visits;

namespace Platform.Workflow.Tests.Visits;

public sealed class VisitRulesTests
{
    private static readonly OutreachVisit Visit = new() { Id = 7, OwnerPath = "/sh/putuo/taopu/" };

    private static readonly QuestionnaireQuestion[] Questions =
    [
        new() { Id = 1, Position = 1, Kind = QuestionKind.Choice, Options = "是\n否" },
        new() { Id = 2, Position = 2, Kind = QuestionKind.Rating },
        new() { Id = 3, Position = 3, Kind = QuestionKind.Text },
    ];

    [Fact]
    public void Answers_Should_BeNumberedAfterTheRespondentsSoFar_AndKeepSkippedOnes()
    {
        // arrange
        ResponseInput[] responses = [new() { Answers = [new() { Choice = "是" }, new() { Rating = 5 }, new()] }];

        // act
        var answers = VisitRules.Answers(Visit, Questions, responses, respondentsSoFar: 20);

        // assert
        Assert.Equal([(1, "是", (int?)null, 21), (2, null, 5, 21), (3, null, null, 21)],
            answers.Select(a => (a.QuestionId, a.Choice, a.Rating, a.Respondent)));
        Assert.All(answers, a => Assert.Equal((7, "/sh/putuo/taopu/"), (a.VisitId, a.OwnerPath)));
    }

    [Fact]
    public void Answers_Should_Report_EveryAnswerThatDoesNotFit_AtOnce()
    {
        // arrange
        ResponseInput[] responses =
        [
            new() { Answers = [new() { Choice = "也许" }, new() { Rating = 6 }, new() { Choice = "是" }] },
            new() { Answers = [new() { Choice = "是" }] },
        ];

        // act
        var refused = Assert.Throws<InvalidInputException>(() => VisitRules.Answers(Visit, Questions, responses, 0));

        // assert
        Assert.Equal(["responses[0].answers[0]", "responses[0].answers[1]", "responses[0].answers[2]", "responses[1].answers"],
            refused.Errors.Cast<FieldError>().Select(e => e.Field));
    }
}
