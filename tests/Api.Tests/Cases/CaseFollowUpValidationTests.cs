using System.Text.Json.Nodes;
using Platform.Api.Tests.Infrastructure;
using Platform.Api.Tests.Tenancy;

namespace Platform.Api.Tests.Cases;

/// <summary>Invalid input to the follow-up and leader mutations is refused with VALIDATION and changes nothing.</summary>
public sealed class CaseFollowUpValidationTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Theory]
    [InlineData(0, "需协调交通部门。", "days")]
    [InlineData(31, "需协调交通部门。", "days")]
    [InlineData(10, "  ", "reason")]
    public async Task ExtendDeadline_Should_RefuseInvalidInput_AndChangeNothing(int days, string reason, string field)
    {
        // arrange
        var before = await AcceptedCaseAsync();

        // act
        var payload = await factory.MutateAsync("putuo.leader", "extendDeadline",
            new { caseId = before.Str("id"), version = before.Int("version"), days, reason });

        // assert
        await AssertRefusedAsync(payload, field, before);
    }

    [Fact]
    public async Task SuperviseCase_Should_RefuseAReplyDeadlineInThePast_AndChangeNothing()
    {
        // arrange
        var before = await AcceptedCaseAsync();

        // act
        var payload = await factory.MutateAsync("putuo.leader", "superviseCase", new
        {
            caseId = before.Str("id"),
            version = before.Int("version"),
            level = "KEY",
            replyDueAt = factory.Clock.UtcNow.AddHours(-1),
            instruction = "请尽快办理。",
        });

        // assert
        await AssertRefusedAsync(payload, "replyDueAt", before);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public async Task AddCaseNote_Should_RefuseAnEmptyOrOverlongNote_AndChangeNothing(string? suffix)
    {
        // arrange
        var before = await AcceptedCaseAsync();
        var note = suffix is null ? new string('记', 4_001) : suffix;

        // act
        var payload = await factory.MutateAsync("taopu.officer", "addCaseNote",
            new { caseId = before.Str("id"), version = before.Int("version"), note });

        // assert
        await AssertRefusedAsync(payload, "note", before);
    }

    private async Task<JsonNode> AcceptedCaseAsync()
    {
        var registered = await factory.RegisterAsync("taopu.officer", "站台被占用（输入校验）");
        (await factory.MutateAsync("taopu.officer", "acceptCase",
            new { caseId = registered.Str("id"), version = registered.Int("version") })).Succeeded();
        return await factory.ReadAsync("taopu.officer", registered.Str("id"), "resolveDueAt events { totalCount }");
    }

    private async Task AssertRefusedAsync(JsonNode payload, string field, JsonNode before)
    {
        Assert.Equal("VALIDATION", payload.ErrorCode());
        Assert.Equal(field, payload["errors"]![0]!.Str("field"));
        Assert.Null(payload["case"]);
        var after = await factory.ReadAsync("taopu.officer", before.Str("id"), "resolveDueAt events { totalCount }");
        Assert.Equal(before.Int("version"), after.Int("version"));
        Assert.Equal(before["events"].Int("totalCount"), after["events"].Int("totalCount"));
        Assert.Equal(before.Str("resolveDueAt"), after.Str("resolveDueAt"));
    }
}
