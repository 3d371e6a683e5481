using System.Text.Json.Nodes;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Cases;

public sealed class CaseIntakeTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string Register = """
        mutation Register($input: RegisterCaseInput!) {
          registerCase(input: $input) {
            case { id number status version headcount ownerUnit { path } events { totalCount } }
            errors { __typename ... on Error { message code } ... on ValidationError { field } }
          }
        }
        """;

    [Fact]
    public async Task RegisterCase_Should_Create_OneCase_When_SentTwice_WithTheSameClientMutationId()
    {
        // arrange
        var input = NewCase("重复提交的来访", clientMutationId: "retry-7f3a");
        var before = await CountAsync("ziteng.proxy");

        // act
        var first = await factory.AskAsync("ziteng.proxy", Register, new { input });
        var second = await factory.AskAsync("ziteng.proxy", Register, new { input });

        // assert
        Assert.Equal(first["data"]!["registerCase"]!["case"]!["id"]!.GetValue<string>(), second["data"]!["registerCase"]!["case"]!["id"]!.GetValue<string>());
        Assert.Equal(before + 1, await CountAsync("ziteng.proxy"));
    }

    [Fact]
    public async Task ConcurrentRegistrations_Should_Create_OneCase_For_OneClientMutationId()
    {
        // arrange
        var input = NewCase("并发重试", clientMutationId: "retry-race-1");
        var before = await CountAsync("loupu.proxy");

        // act
        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => factory.AskAsync("loupu.proxy", Register, new { input })));

        // assert
        Assert.Single(responses.Select(r => r["data"]!["registerCase"]!["case"]!["id"]!.GetValue<string>()).Distinct());
        Assert.Equal(before + 1, await CountAsync("loupu.proxy"));
    }

    [Fact]
    public async Task RegisterCase_Should_Start_TheTimeline_And_TheAcceptanceDeadline()
    {
        // arrange
        var input = NewCase("楼道堆物影响通行");

        // act
        var response = await factory.AskAsync("ziteng.proxy", Register, new { input });

        // assert
        var @case = response["data"]!["registerCase"]!["case"]!;
        Assert.Null(response["data"]!["registerCase"]!["errors"]);
        Assert.Equal("REGISTERED", @case["status"]!.GetValue<string>());
        Assert.Equal(1, @case["version"]!.GetValue<int>());
        Assert.Equal("/sh/putuo/taopu/ziteng/", @case["ownerUnit"]!["path"]!.GetValue<string>());
        Assert.Equal(1, @case["events"]!["totalCount"]!.GetValue<int>());
        Assert.StartsWith("PT-2026-", @case["number"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title", "", 1, null, "title")]
    [InlineData("headcount", "标题", 0, null, "headcount")]
    [InlineData("unknown unit", "标题", 1, "VW5pdDo5OTk5", "unitId")]
    [InlineData("unit outside the subtree", "标题", 1, "UnitPutuo", "unitId")]
    [InlineData("description", "标题", 1, null, "description")]
    public async Task InvalidInput_Should_Return_ValidationErrors_And_ChangeNothing(string _, string title, int headcount, string? unitId, string field)
    {
        // arrange
        var before = await CountAsync("taopu.officer");
        var description = field == "description" ? new string('长', 20_000) : "说明";
        if (unitId == "UnitPutuo")
        {
            var units = await factory.AskAsync("taopu.officer", """{ units(where: { path: { eq: "/sh/putuo/" } }) { nodes { id } } }""");
            unitId = units["data"]!["units"]!["nodes"]![0]!["id"]!.GetValue<string>();
        }

        var input = NewCase(title, headcount: headcount, description: description, unitId: unitId);

        // act
        var response = await factory.AskAsync("taopu.officer", Register, new { input });

        // assert
        var payload = response["data"]!["registerCase"]!;
        Assert.Null(payload["case"]);
        var errors = payload["errors"]!.AsArray();
        Assert.Contains(errors, e => e!["field"]?.GetValue<string>() == field && e["code"]!.GetValue<string>() == "VALIDATION");
        Assert.Equal(before, await CountAsync("taopu.officer"));
    }

    private async Task<int> CountAsync(string user)
    {
        var response = await factory.AskAsync(user, "{ cases { totalCount } }");
        return response["data"]!["cases"]!["totalCount"]!.GetValue<int>();
    }

    private static JsonObject NewCase(string title, int headcount = 2, string description = "居民反映的问题", string? unitId = null, string? clientMutationId = null) => new()
    {
        ["petitioners"] = new JsonArray(new JsonObject { ["name"] = "李四", ["phone"] = "13900001111" }),
        ["headcount"] = headcount,
        ["channel"] = "VISIT",
        ["receptionForm"] = "ON_SITE",
        ["category"] = "HOUSING",
        ["title"] = title,
        ["description"] = description,
        ["unitId"] = unitId,
        ["clientMutationId"] = clientMutationId,
    };
}
