using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Mediation;

/// <summary>
/// Issue 9 side door 3b: a session in the 杨行 workroom for a case of 宝山区 itself, which 杨行's elder
/// cannot see. The elder records the outcome without seeing the case, and nothing they get back names it.
/// </summary>
public sealed class HiddenCaseSessionTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Elder_Should_RecordTheOutcome_OfASessionWhoseCaseIsHidden_WithoutLearningAnythingOfTheCase()
    {
        // arrange
        var registered = await factory.PayloadAsync("baoshan.officer", "registerCase", new
        {
            petitioners = new[] { new { name = "钱七", phone = "13900003333" } },
            headcount = 1, channel = "VISIT", receptionForm = "ON_SITE", category = "NEIGHBOUR_DISPUTE",
            title = "区级受理的宅基地边界纠纷", description = "由区信访办直接受理。",
        }, "entity: case { id number version }");
        var @case = registered["entity"]!;
        var workroom = await factory.WorkroomAsync("baoshan.officer");
        var session = (await factory.ChangeAsync("baoshan.officer", "scheduleMediation", "session",
            MediationSteps.ElderSession(workroom, @case.Str("id")))).Ok();

        // act
        var response = await factory.AskAsync("yanghang.elder", """
            mutation Record($input: RecordMediationOutcomeInput!) {
              recordMediationOutcome(input: $input) {
                session { id status outcome case { id number title } }
                errors { __typename ... on Error { code message } }
              }
            }
            """, new { input = new { sessionId = session.Str("id"), version = session.Int("version"), outcome = "AGREEMENT", agreementText = "双方同意按原界址立桩。" } });

        // assert
        var payload = response["data"]!["recordMediationOutcome"]!;
        Assert.True(payload["errors"] is null, payload["errors"]?.ToJsonString());
        Assert.Equal(("COMPLETED", "AGREEMENT"), (payload["session"].Str("status"), payload["session"].Str("outcome")));
        Assert.Null(payload["session"]!["case"]);
        var text = response.ToJsonString();
        Assert.DoesNotContain(@case.Str("id"), text, StringComparison.Ordinal);
        Assert.DoesNotContain(@case.Str("number"), text, StringComparison.Ordinal);
        Assert.DoesNotContain("宅基地边界纠纷", text, StringComparison.Ordinal);

        var elderReadsCase = await factory.AskAsync("yanghang.elder", "query Read($id: ID!) { case(id: $id) { id } }", new { id = @case.Str("id") });
        Assert.Null(elderReadsCase["data"]!["case"]);

        var timeline = await factory.AskAsync("baoshan.officer", """
            query Timeline($id: ID!) { case(id: $id) { version events(last: 1) { nodes { kind actorName } } } }
            """, new { id = @case.Str("id") });
        var last = timeline["data"]!["case"]!["events"]!["nodes"]![0];
        Assert.Equal(("MEDIATION_RECORDED", "杨行\"老法师\"王志明"), (last.Str("kind"), last.Str("actorName")));
        Assert.Equal(@case.Int("version") + 2, timeline["data"]!["case"].Int("version"));
    }
}
