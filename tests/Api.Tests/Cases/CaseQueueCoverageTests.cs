using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Cases;

/// <summary>Queues over the units without accounts, leaders' own cases, overdue supervision replies, reminders, and their counts.</summary>
public sealed class CaseQueueCoverageTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static readonly string[] Kinds =
    [
        "PENDING_ACCEPTANCE", "IN_PROGRESS", "DUE_SOON", "OVERDUE", "AWAITING_VERIFICATION", "AWAITING_CLOSURE",
        "REFERRALS_IN", "SUPERVISED", "REPLY_OVERDUE", "REMINDED", "LEADER_OWNED",
    ];

    [Fact]
    public async Task GridCase_Should_BeInTheCommitteesQueue_AndInTheTownshipsOnlyWithTheSubtreeScope()
    {
        // arrange: PT-2026-0016 is registered at 楼浦村's first grid, which has no accounts
        var found = await factory.AskAsync("loupu.proxy", """
            query { cases(where: { number: { eq: "PT-2026-0016" } }) { nodes { id handlingUnit { path } } } }
            """);
        var @case = found["data"]!["cases"]!["nodes"]![0]!;

        // act
        var committee = await factory.QueueAsync("loupu.proxy", "PENDING_ACCEPTANCE");
        var township = await factory.QueueAsync("taopu.officer", "PENDING_ACCEPTANCE");
        var townshipSubtree = await factory.QueueAsync("taopu.officer", "PENDING_ACCEPTANCE", "SUBTREE");

        // assert
        Assert.Equal("/sh/putuo/taopu/loupu/g1/", @case.HandlingPath());
        Assert.Contains(@case.Id(), committee);
        Assert.DoesNotContain(@case.Id(), township);
        Assert.Contains(@case.Id(), townshipSubtree);
    }

    [Fact]
    public async Task AssignLeaderOwner_Should_PutTheCaseInTheLeadersOwnQueue_Only()
    {
        // arrange
        var registered = await factory.RegisterAsync("taopu.officer", "货车夜间占道停放（包案）");

        // act
        var owned = await factory.SucceedAsync("putuo.leader", "assignLeaderOwner",
            new { caseId = registered.Id(), version = registered.Version() }, "leaderOwner { userId name }");
        var viewer = await factory.AskAsync("putuo.leader", "query { viewer { userId } }");
        var filtered = await factory.AskAsync("putuo.officer", """
            query($user: String!) { cases(where: { leaderOwnerUserId: { eq: $user } }) { nodes { id } } }
            """, new { user = owned["leaderOwner"].Str("userId") });

        // assert
        Assert.Equal(viewer["data"]!["viewer"].Str("userId"), owned["leaderOwner"].Str("userId"));
        Assert.Contains(registered.Id(), await factory.QueueAsync("putuo.leader", "LEADER_OWNED"));
        Assert.DoesNotContain(registered.Id(), await factory.QueueAsync("taopu.leader", "LEADER_OWNED"));
        Assert.DoesNotContain(registered.Id(), await factory.QueueAsync("putuo.officer", "LEADER_OWNED"));
        Assert.Contains(registered.Id(), filtered["data"]!["cases"]!["nodes"]!.AsArray().Select(n => n.Id()));
    }

    [Fact]
    public async Task SupervisionPastItsReplyDeadline_Should_BeFlaggedReplyOverdue_AndQueued()
    {
        // arrange
        var registered = await factory.RegisterAsync("taopu.officer", "桥下空间堆放杂物（督办）");
        var replyDueAt = factory.Clock.UtcNow.AddDays(5);
        var supervised = await factory.SucceedAsync("putuo.leader", "superviseCase", new
        {
            caseId = registered.Id(), version = registered.Version(), level = "KEY", instruction = "五日内答复。", replyDueAt,
        }, "supervisions { replyOverdue }");
        var start = factory.Clock.UtcNow;
        try
        {
            // act
            var before = await factory.QueueAsync("taopu.officer", "REPLY_OVERDUE");
            factory.Clock.UtcNow = start.AddDays(6);
            var after = await factory.QueueAsync("taopu.officer", "REPLY_OVERDUE");
            var read = await factory.ReadAsync("taopu.officer", registered.Id(), "supervisions { replyOverdue }");

            // assert
            Assert.False(supervised["supervisions"]![0]!["replyOverdue"]!.GetValue<bool>());
            Assert.DoesNotContain(registered.Id(), before);
            Assert.Contains(registered.Id(), after);
            Assert.True(read["supervisions"]![0]!["replyOverdue"]!.GetValue<bool>());
            Assert.Contains(registered.Id(), await factory.QueueAsync("taopu.officer", "SUPERVISED"));
        }
        finally
        {
            factory.Clock.UtcNow = start;
        }
    }

    [Fact]
    public async Task Reminder_Should_CountInTheQueueOfTheUnitReminded_UntilTheCaseMoves()
    {
        // arrange
        var registered = await factory.RegisterAsync("loupu.proxy", "村道路灯不亮（提醒）");

        // act
        var reminded = await factory.SucceedAsync("taopu.officer", "remindCase", new { caseId = registered.Id(), version = registered.Version(), note = "请尽快受理。" });
        var inQueue = await factory.QueueAsync("loupu.proxy", "REMINDED");
        await factory.SucceedAsync("loupu.proxy", "escalateCase", new
        {
            caseId = reminded.Id(), version = reminded.Version(), unitId = await factory.UnitIdAsync("/sh/putuo/taopu/"), reason = "需镇里协调。",
        });

        // assert
        Assert.Contains(registered.Id(), inQueue);
        Assert.DoesNotContain(registered.Id(), await factory.QueueAsync("loupu.proxy", "REMINDED"));
        Assert.DoesNotContain(registered.Id(), await factory.QueueAsync("taopu.officer", "REMINDED"));
    }

    [Theory]
    [InlineData("taopu.officer", "OWN")]
    [InlineData("taopu.officer", "SUBTREE")]
    [InlineData("loupu.proxy", "OWN")]
    [InlineData("ziteng.proxy", "OWN")]
    [InlineData("putuo.officer", "OWN")]
    [InlineData("putuo.leader", "SUBTREE")]
    [InlineData("changbai.officer", "OWN")]
    [InlineData("yanghang.officer", "OWN")]
    [InlineData("antu.proxy", "OWN")]
    [InlineData("sh.officer", "SUBTREE")]
    public async Task QueueCounts_Should_Equal_TheLengthsOfTheQueues(string user, string scope)
    {
        // arrange
        string[] fields =
        [
            "pendingAcceptance", "inProgress", "dueSoon", "overdue", "awaitingVerification", "awaitingClosure",
            "referralsIn", "supervised", "replyOverdue", "reminded", "leaderOwned",
        ];
        var query = $$"""
            query($scope: CaseQueueScope) { viewer { queueCounts(scope: $scope) { {{string.Join(" ", fields)}} } } }
            """;

        // act
        var response = await factory.AskAsync(user, query, new { scope });
        var lengths = new List<int>();
        foreach (var kind in Kinds)
        {
            lengths.Add((await factory.QueueAsync(user, kind, scope)).Count);
        }

        // assert
        Assert.Null(response["errors"]);
        var counts = response["data"]!["viewer"]!["queueCounts"]!;
        Assert.Equal(lengths, fields.Select(f => counts[f]!.GetValue<int>()));
    }
}
