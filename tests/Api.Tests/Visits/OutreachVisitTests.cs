using System.Text.Json.Nodes;
using Platform.Api.Tests.Cases;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Visits;

/// <summary>Outreach visits (全员走访): a questionnaire's aggregates per question, and an issue found that becomes a linked case.</summary>
public sealed class OutreachVisitTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string VisitView = """
        id version kind households unit { path }
        questions { position kind options aggregate { answered averageRating options { option count } } }
        issues { position description case { id channel receptionForm ownerUnit { path } } }
        """;

    [Fact]
    public async Task Questionnaire_Should_SumUpTwentyResponses_PerQuestion()
    {
        // arrange
        var visit = await RecordAsync("taopu.officer");

        // One in four skips the text question; ratings cycle 1..5, choices cycle through the options.
        string?[] parks = ["满意", "一般", "不满意", "满意"];
        var responses = Enumerable.Range(0, 20).Select(i => new
        {
            answers = new object[]
            {
                new { choice = parks[i % 4] },
                new { rating = (int?)(i % 5 + 1) },
                new { choice = i < 15 ? "是" : "否" },
                new { text = i % 4 == 3 ? null : "希望增加口袋公园" },
                new { rating = (int?)(i < 10 ? 5 : 3) },
            },
        }).ToArray();

        // act
        var payload = await factory.PayloadAsync("taopu.officer", "recordQuestionnaireResponses",
            new { visitId = visit.Id(), version = visit.Version(), responses }, $"visit {{ {VisitView} }}");

        // assert
        Assert.True(payload["errors"] is null, payload["errors"]?.ToJsonString());
        var questions = payload["visit"]!["questions"]!.AsArray();
        Assert.Equal(5, questions.Count);
        Assert.Equal([20, 20, 20, 15, 20], questions.Select(q => q!["aggregate"].Int("answered")));
        Assert.Equal([("满意", 10), ("一般", 5), ("不满意", 5)], Options(questions[0]!));
        Assert.Equal(3.0, questions[1]!["aggregate"]!["averageRating"]!.GetValue<double>());
        Assert.Equal([("是", 15), ("否", 5)], Options(questions[2]!));
        Assert.Null(questions[3]!["aggregate"]!["averageRating"]);
        Assert.Equal(4.0, questions[4]!["aggregate"]!["averageRating"]!.GetValue<double>());
    }

    [Fact]
    public async Task Answer_Should_BeRefused_WhenItDoesNotFitItsQuestion()
    {
        // arrange
        var visit = await RecordAsync("taopu.officer");
        var wrong = new { answers = new object[] { new { choice = "很好" }, new { rating = 9 }, new { }, new { }, new { } } };

        // act
        var payload = await factory.PayloadAsync("taopu.officer", "recordQuestionnaireResponses",
            new { visitId = visit.Id(), version = visit.Version(), responses = new[] { wrong } }, "visit { id }");

        // assert
        var errors = payload["errors"]!.AsArray();
        Assert.All(errors, e => Assert.Equal("VALIDATION", e.Str("code")));
    }

    [Fact]
    public async Task IssueFound_Should_BecomeACase_LinkedToTheVisit()
    {
        // arrange
        var visit = await RecordAsync("taopu.officer");

        // act
        var payload = await factory.PayloadAsync("taopu.officer", "convertVisitIssueToCase", new
        {
            visitId = visit.Id(),
            version = visit.Version(),
            issue = 2,
            category = "URBAN_CONSTRUCTION",
            petitioners = new[] { new { name = "李梅", phone = "13700002222" } },
            headcount = 1,
        }, $"visit {{ {VisitView} }}");
        var again = await factory.PayloadAsync("taopu.officer", "convertVisitIssueToCase", new
        {
            visitId = visit.Id(),
            version = payload["visit"].Version(),
            issue = 2,
            category = "URBAN_CONSTRUCTION",
            petitioners = new[] { new { name = "李梅" } },
            headcount = 1,
        }, "visit { id }");

        // assert
        Assert.True(payload["errors"] is null, payload["errors"]?.ToJsonString());
        var issues = payload["visit"]!["issues"]!.AsArray();
        Assert.Null(issues[0]!["case"]);
        var @case = issues[1]!["case"]!;
        Assert.Equal(("OUTREACH", "HOME_VISIT", "/sh/putuo/taopu/ziteng/"),
            (@case.Str("channel"), @case.Str("receptionForm"), @case["ownerUnit"].Str("path")));
        Assert.Equal("INVALID_TRANSITION", Assert.Single(again["errors"]!.AsArray()).Str("code"));
    }

    [Fact]
    public async Task Visit_Should_BeNotFound_ForAnotherDistrict_AndHideItsAggregates()
    {
        // arrange
        var visit = await RecordAsync("taopu.officer");
        const string query = """
            query Read($id: ID!) { node(id: $id) { id } visits(first: 100) { nodes { id questions { aggregate { answered } } } } }
            """;

        // act
        var byOtherDistrict = await factory.AskAsync("yanghang.officer", query, new { id = visit.Id() });
        var bySibling = await factory.AskAsync("loupu.proxy", query, new { id = visit.Id() });
        var byDistrict = await factory.AskAsync("putuo.officer", query, new { id = visit.Id() });

        // assert
        Assert.Equal(["NOT_FOUND"], byOtherDistrict.ErrorCodes());
        Assert.Empty(byOtherDistrict["data"]!["visits"]!["nodes"]!.AsArray());
        Assert.Equal(["NOT_FOUND"], bySibling.ErrorCodes());
        Assert.Equal(visit.Id(), byDistrict["data"]!["node"].Id());
    }

    private static List<(string, int)> Options(JsonNode question) =>
        [.. question["aggregate"]!["options"]!.AsArray().Select(o => (o.Str("option"), o.Int("count")))];

    private async Task<JsonNode> RecordAsync(string principal)
    {
        var payload = await factory.PayloadAsync(principal, "recordVisit", new
        {
            kind = "DOOR_TO_DOOR",
            unitId = await factory.UnitIdAsync("/sh/putuo/taopu/ziteng/"),
            team = "桃浦镇全员走访小组",
            visitedOn = TestClock.Start.AddDays(-1),
            households = 36,
            questions = new object[]
            {
                new { text = "您对小区口袋公园是否满意？", kind = "CHOICE", options = new[] { "满意", "一般", "不满意" } },
                new { text = "请为居委会服务打分", kind = "RATING" },
                new { text = "是否支持桥下空间改造？", kind = "CHOICE", options = new[] { "是", "否" } },
                new { text = "其他意见", kind = "TEXT" },
                new { text = "请为物业服务打分", kind = "RATING" },
            },
            issues = new[] { "楼道堆物", "紫藤苑房屋墙面开裂" },
        }, $"visit {{ {VisitView} }}");
        Assert.True(payload["errors"] is null, payload["errors"]?.ToJsonString());
        return payload["visit"]!;
    }
}
