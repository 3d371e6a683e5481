using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.GraphQL.Cases;
using Platform.Api.Tests.Infrastructure;
using Platform.Api.Tests.Tenancy;
using Platform.Data;

namespace Platform.Api.Tests.Cases;

/// <summary>DESIGN §5 deadlines: dueSoon and overdue as time passes, filters and sorting on them, one extension.</summary>
public sealed class CaseDeadlineTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string Deadlines = "dueAt dueSoon overdue acceptDueAt resolveDueAt deadlineExtended";

    [Fact]
    public async Task RegisteredCase_Should_BeDueSoon_ThenOverdue_AsTheClockPassesItsAcceptanceDeadline()
    {
        // arrange
        var registered = await factory.RegisterAsync("taopu.officer", "站台被占用（期限测试）");
        var start = factory.Clock.UtcNow;

        // act
        factory.Clock.UtcNow = start.AddDays(13);
        var at13 = await factory.ReadAsync("taopu.officer", registered.Str("id"), Deadlines);
        var dueSoonAt13 = await NumbersAsync("{ dueSoon: { eq: true } }");
        var overdueAt13 = await NumbersAsync("{ overdue: { eq: true } }");
        factory.Clock.UtcNow = start.AddDays(16);
        var at16 = await factory.ReadAsync("taopu.officer", registered.Str("id"), Deadlines);
        var dueSoonAt16 = await NumbersAsync("{ dueSoon: { eq: true } }");
        var overdueAt16 = await NumbersAsync("{ overdue: { eq: true } }");
        var notOverdueAt16 = await NumbersAsync("{ overdue: { eq: false } }");

        // assert
        var number = registered.Str("number");
        Assert.Equal(Time(at13, "acceptDueAt"), Time(at13, "dueAt"));
        Assert.True(at13["dueSoon"]!.GetValue<bool>());
        Assert.False(at13["overdue"]!.GetValue<bool>());
        Assert.Contains(number, dueSoonAt13);
        Assert.DoesNotContain(number, overdueAt13);
        Assert.False(at16["dueSoon"]!.GetValue<bool>());
        Assert.True(at16["overdue"]!.GetValue<bool>());
        Assert.DoesNotContain(number, dueSoonAt16);
        Assert.Contains(number, overdueAt16);
        Assert.DoesNotContain(number, notOverdueAt16);
    }

    [Fact]
    public async Task Cases_Should_SortByTheDeadlineThatAppliesNow()
    {
        // act
        var response = await factory.AskAsync("putuo.officer", """
            query { cases(first: 100, order: [{ dueAt: ASC }], where: { dueAt: { neq: null } }) { nodes { status dueAt acceptDueAt resolveDueAt overdue } } }
            """);

        // assert
        Assert.Null(response["errors"]);
        var nodes = response["data"]!["cases"]!["nodes"]!.AsArray();
        Assert.True(nodes.Count > 2);
        var dueAts = nodes.Select(n => Time(n!, "dueAt")).ToList();
        Assert.Equal(dueAts.Order(), dueAts);
        Assert.All(nodes, n => Assert.Equal(
            n.Str("status") == "REGISTERED" ? Time(n!, "acceptDueAt") : Time(n!, "resolveDueAt"), Time(n!, "dueAt")));
    }

    [Fact]
    public async Task ExtendDeadline_Should_MoveTheHandlingDeadline_Once()
    {
        // arrange
        var registered = await factory.RegisterAsync("taopu.officer", "站台被占用（延期测试）");
        var accepted = (await factory.MutateAsync("taopu.officer", "acceptCase",
            new { caseId = registered.Str("id"), version = registered.Int("version") }, Deadlines)).Succeeded();

        // act
        var extended = (await factory.MutateAsync("putuo.leader", "extendDeadline",
            new { caseId = accepted.Str("id"), version = accepted.Int("version"), days = 20, reason = "需协调交通部门，延期办理。" }, Deadlines)).Succeeded();
        var again = await factory.MutateAsync("taopu.leader", "extendDeadline",
            new { caseId = accepted.Str("id"), version = extended.Int("version"), days = 5, reason = "再次延期。" });

        // assert
        Assert.Equal(Time(accepted, "resolveDueAt").AddDays(20), Time(extended, "resolveDueAt"));
        Assert.Equal(Time(extended, "resolveDueAt"), Time(extended, "dueAt"));
        Assert.True(extended["deadlineExtended"]!.GetValue<bool>());
        var last = await factory.LastEventAsync("taopu.officer", accepted.Str("id"));
        Assert.Equal("DEADLINE_EXTENDED", last.Str("kind"));
        Assert.Equal(20, JsonNode.Parse(last.Str("data"))!["days"]!.GetValue<int>());
        Assert.Equal("INVALID_TRANSITION", again.ErrorCode());
        Assert.Contains("only one extension", again["errors"]![0]!.Str("message"), StringComparison.Ordinal);
        var after = await factory.ReadAsync("taopu.officer", accepted.Str("id"), Deadlines);
        Assert.Equal(extended.Int("version"), after.Int("version"));
        Assert.Equal(Time(extended, "resolveDueAt"), Time(after, "resolveDueAt"));
    }

    [Fact]
    public async Task ExtendDeadline_Should_BeRefused_BeforeTheCaseIsAccepted()
    {
        // arrange
        var registered = await factory.RegisterAsync("taopu.officer", "站台被占用（未受理延期）");

        // act
        var payload = await factory.MutateAsync("taopu.leader", "extendDeadline",
            new { caseId = registered.Str("id"), version = registered.Int("version"), days = 5, reason = "延期。" });

        // assert
        Assert.Equal("INVALID_TRANSITION", payload.ErrorCode());
    }

    [Fact]
    public void OverdueFilter_Should_SendTheTimeAsAParameter()
    {
        // arrange
        using var scope = factory.Services.CreateScope();
        using var db = scope.ServiceProvider.GetRequiredService<IDbContextFactory<PlatformDbContext>>().CreateDbContext();
        var where = new Dictionary<string, object?> { ["overdue"] = new Dictionary<string, object?> { ["eq"] = true } };

        // act
        var sql = db.Cases.Where(new CaseFilterInputType().ToPredicate(where, scope.ServiceProvider)).ToQueryString();

        // assert
        var body = sql[sql.IndexOf("SELECT", StringComparison.Ordinal)..];
        Assert.Contains("\"AcceptDueAt\" < @", body, StringComparison.Ordinal);
        Assert.DoesNotContain(factory.Clock.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), body, StringComparison.Ordinal);
    }

    private async Task<List<string>> NumbersAsync(string where)
    {
        var response = await factory.AskAsync("taopu.officer", $$"""
            query { cases(first: 100, where: {{where}}) { nodes { number } } }
            """);
        Assert.Null(response["errors"]);
        return response["data"]!["cases"]!["nodes"]!.AsArray().Select(n => n.Str("number")).ToList();
    }

    private static DateTime Time(JsonNode node, string property) =>
        DateTime.Parse(node.Str(property), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
}
