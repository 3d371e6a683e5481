using Microsoft.EntityFrameworkCore;
using Platform.Data.Entities;
using Platform.Data.Seeding;

namespace Platform.Data.Tests.Seeding;

public sealed class DemoDataSeederTests(SeededDatabase database) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task Seeder_Should_Create_FortyCases_In_EveryStatus()
    {
        // arrange
        await using var db = database.Open("/sh/");

        // act
        var statuses = await db.Cases.Select(c => c.Status).ToListAsync();

        // assert
        Assert.True(statuses.Count >= 40, $"only {statuses.Count} cases");
        Assert.Equal(Enum.GetValues<CaseStatus>().ToHashSet(), statuses.ToHashSet());
    }

    [Fact]
    public async Task Seeder_Should_Spread_Cases_Over_All_Districts_And_Levels()
    {
        // arrange
        await using var db = database.Open("/sh/");

        // act
        var owners = await db.Cases.Select(c => c.OwnerUnit!.Kind + " " + c.OwnerPath).ToListAsync();

        // assert
        foreach (var district in new[] { "/sh/baoshan/", "/sh/putuo/", "/sh/yangpu/", "/sh/songjiang/" })
        {
            Assert.Contains(owners, o => o.Contains(district, StringComparison.Ordinal));
        }

        foreach (var kind in new[] { UnitKind.District, UnitKind.Township, UnitKind.Committee, UnitKind.Grid })
        {
            Assert.Contains(owners, o => o.StartsWith(kind + " ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Seeder_Should_Escalate_ZitengCase_To_District()
    {
        // arrange
        await using var db = database.Open("/sh/");

        // act
        var ziteng = await db.Cases.Include(c => c.Shares)
            .SingleAsync(c => c.OwnerPath == "/sh/putuo/taopu/ziteng/" && c.Headcount == 12);

        // assert
        Assert.Equal("/sh/putuo/", ziteng.HandlingPath);
        Assert.Equal(DemoAccounts.Get("putuo.leader").Id, ziteng.LeaderOwnerId);
        Assert.Equal(
            ["/sh/putuo/taopu/", "/sh/putuo/"],
            ziteng.Shares.Where(s => s.Kind == ShareKind.Escalate).OrderBy(s => s.CreatedAt).Select(s => s.TargetPath));
    }

    [Fact]
    public async Task Seeder_Should_Refer_A_YangpuCase_To_Putuo_Pending_Acceptance()
    {
        // arrange
        await using var db = database.Open("/sh/putuo/taopu/");

        // act
        var pending = await db.CaseShares.Include(s => s.Case)
            .Where(s => s.Kind == ShareKind.Refer && s.Status == ShareStatus.Active)
            .ToListAsync();

        // assert
        var referral = Assert.Single(pending);
        Assert.StartsWith("/sh/yangpu/changbai/", referral.Case!.OwnerPath, StringComparison.Ordinal);
        Assert.Equal(referral.Case.OwnerPath, referral.Case.HandlingPath);
        Assert.Equal(CaseStatus.Registered, referral.Case.Status);
    }

    [Fact]
    public async Task Seeder_Should_Fill_TaopuCampaign_With_VariedSuggestions()
    {
        // arrange
        await using var db = database.Open("/sh/");

        // act
        var campaign = await db.Campaigns.Include(c => c.Suggestions)
            .SingleAsync(c => c.OwnerPath == "/sh/putuo/taopu/" && c.Status == CampaignStatus.Open);

        // assert
        Assert.True(campaign.Suggestions.Count >= 20);
        Assert.True(campaign.Suggestions.Select(s => s.Status).Distinct().Count() >= 3);
        Assert.All(campaign.Suggestions.Where(s => s.Status == SuggestionStatus.Adopted),
            s => Assert.True(s.Response is not null && s.ImplementationProgress is > 0));
    }

    [Fact]
    public async Task Seeder_Should_Hold_ElderSessions_In_YanghangWorkroom()
    {
        // arrange
        await using var db = database.Open("/sh/");

        // act
        var workroom = await db.Workrooms.Include(w => w.Elders).Include(w => w.Sessions).ThenInclude(s => s.Mediators)
            .SingleAsync(w => w.OwnerPath == "/sh/baoshan/yanghang/");
        var caseOwners = await db.MediationSessions.Where(m => m.WorkroomId == workroom.Id && m.CaseId != null)
            .Select(m => m.Case!.OwnerPath).ToListAsync();

        // assert
        Assert.Contains(workroom.Elders, e => e.UserId == DemoAccounts.Get("yanghang.elder").Id);
        Assert.Contains(workroom.Sessions, s => s.Status == MediationStatus.Completed && s.AgreementText is not null);
        Assert.Contains(workroom.Sessions, s => s.Status == MediationStatus.Scheduled && s.ScheduledAt > SeededDatabase.Now);
        Assert.All(workroom.Sessions, s => Assert.Equal("/sh/baoshan/yanghang/", s.WorkroomPath));
        Assert.All(workroom.Sessions.SelectMany(s => s.Mediators), m => Assert.Equal(MediatorKind.Elder, m.Kind));
        Assert.NotEmpty(caseOwners);
        Assert.All(caseOwners, p => Assert.StartsWith("/sh/baoshan/yanghang/", p, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Seeder_Should_Give_EveryRecord_The_OwnerPath_Of_Its_Unit()
    {
        // arrange
        await using var db = database.Open("/sh/");

        // act
        var cases = await db.Cases.Include(c => c.OwnerUnit).Include(c => c.HandlingUnit).Include(c => c.Petitioners)
            .Include(c => c.Events).Include(c => c.Shares).Include(c => c.Verifications).Include(c => c.Supervisions)
            .AsSplitQuery().ToListAsync();
        var sessions = await db.MediationSessions.Include(m => m.OwnerUnit).Include(m => m.Parties).Include(m => m.Mediators).ToListAsync();
        var workrooms = await db.Workrooms.Include(w => w.Unit).Include(w => w.Elders).ToListAsync();
        var campaigns = await db.Campaigns.Include(c => c.Unit).Include(c => c.Suggestions).ToListAsync();
        var units = await db.Units.ToDictionaryAsync(u => u.Id, u => u.Path);

        // assert
        Assert.All(cases, c =>
        {
            Assert.Equal(c.OwnerUnit!.Path, c.OwnerPath);
            Assert.Equal(c.HandlingUnit!.Path, c.HandlingPath);
            IEnumerable<ITenantOwned> children = [.. c.Petitioners, .. c.Events, .. c.Shares, .. c.Verifications, .. c.Supervisions];
            Assert.All(children, r => Assert.Equal(c.OwnerPath, r.OwnerPath));
            Assert.All(c.Shares, s => Assert.Equal(units[s.TargetUnitId], s.TargetPath));
        });
        Assert.All(sessions, m =>
        {
            Assert.Equal(m.OwnerUnit!.Path, m.OwnerPath);
            Assert.All([.. m.Parties, .. m.Mediators.Cast<ITenantOwned>()], r => Assert.Equal(m.OwnerPath, r.OwnerPath));
        });
        Assert.All(workrooms, w => Assert.All([w, .. w.Elders.Cast<ITenantOwned>()], r => Assert.Equal(w.Unit!.Path, r.OwnerPath)));
        Assert.All(campaigns, c => Assert.All([c, .. c.Suggestions.Cast<ITenantOwned>()], r => Assert.Equal(c.Unit!.Path, r.OwnerPath)));
    }

    [Fact]
    public async Task Seeder_Should_Keep_Every_Timeline_Ordered_And_In_The_Past()
    {
        // arrange
        await using var db = database.Open("/sh/");

        // act
        var cases = await db.Cases.Include(c => c.Events).Include(c => c.Petitioners).AsSplitQuery().ToListAsync();

        // assert
        Assert.All(cases, c =>
        {
            var events = c.Events.OrderBy(e => e.Id).ToList();
            Assert.Equal(CaseEventKind.Registered, events[0].Kind);
            Assert.Equal(events.Select(e => e.OccurredAt).Order(), events.Select(e => e.OccurredAt));
            Assert.All(events, e => Assert.True(e.OccurredAt <= SeededDatabase.Now, $"{c.Number} {e.Kind} is in the future"));
            Assert.Equal(c.RegisteredAt.AddDays(15), c.AcceptDueAt);
            Assert.Equal(c.Status is CaseStatus.Closed, c.ClosedAt is not null);
            Assert.InRange(c.Petitioners.Count, 1, 3);
            Assert.All(c.Petitioners, p => Assert.Matches(@"^1\d{10}$", p.Phone));
            Assert.All(c.Petitioners, p => Assert.Matches(@"^3101\d{13}[\dX]$", p.IdNumber));
        });
        Assert.Contains(cases, c => c.Status == CaseStatus.InProgress && c.ResolveDueAt < SeededDatabase.Now);
        Assert.Contains(cases, c => c.Status == CaseStatus.Registered && c.AcceptDueAt < SeededDatabase.Now);
        Assert.Contains(cases, c => c.AcceptedAt is null && c.AcceptDueAt > SeededDatabase.Now && c.AcceptDueAt < SeededDatabase.Now.AddDays(3));
    }
}
