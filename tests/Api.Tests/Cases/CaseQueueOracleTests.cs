using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Tests.Infrastructure;
using Platform.Api.Tests.Tenancy;
using Platform.Data;
using Platform.Data.Tenancy;
using Platform.Data.Entities;

namespace Platform.Api.Tests.Cases;

/// <summary>
/// Acceptance: on demo data every case that is neither closed nor withdrawn is in the queues of
/// exactly the units whose work it is, computed here from the raw rows: the nearest unit with
/// accounts at or above its handling unit, at or above its owner unit while it awaits
/// verification or closure, and at or above each unit it is referred to and has not answered.
/// </summary>
public sealed class CaseQueueOracleTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static readonly string[] UnitQueues = ["PENDING_ACCEPTANCE", "IN_PROGRESS", "AWAITING_VERIFICATION", "AWAITING_CLOSURE", "REFERRALS_IN"];

    [Fact]
    public async Task EveryOpenCase_Should_BeInTheQueues_OfExactlyTheUnitsWhoseWorkItIs()
    {
        // arrange
        var oracle = await TenancyOracle.ForAsync(factory);
        var accounts = await AccountsAsync();
        var withAccounts = accounts.Select(a => a.UnitPath).ToHashSet(StringComparer.Ordinal);
        var principals = accounts.GroupBy(a => a.UnitPath).ToDictionary(g => g.Key, g => g.First().UserName);
        var open = oracle.Cases.Where(c => c.Status is not (CaseStatus.Closed or CaseStatus.Withdrawn)).ToList();

        // act
        var found = open.ToDictionary(c => TenancyOracle.IdOf("Case", c.Id), _ => new SortedSet<string>(StringComparer.Ordinal));
        foreach (var (unitPath, userName) in principals)
        {
            foreach (var kind in UnitQueues)
            {
                foreach (var id in await factory.QueueAsync(userName, kind))
                {
                    Assert.True(found.ContainsKey(id), $"{userName}'s {kind} lists a closed or withdrawn case");
                    found[id].Add(unitPath);
                }
            }
        }

        // assert
        Assert.Contains(open, c => c.HandlingPath.EndsWith("/g1/", StringComparison.Ordinal));
        foreach (var @case in open)
        {
            var expected = new SortedSet<string>(StringComparer.Ordinal) { Responsible(@case.HandlingPath, withAccounts) };
            if (@case.Status is CaseStatus.Resolved or CaseStatus.Verified or CaseStatus.NotAccepted)
            {
                expected.Add(Responsible(@case.OwnerPath, withAccounts));
            }

            foreach (var share in oracle.Shares.Where(s => s.CaseId == @case.Id && s.Kind == ShareKind.Refer && s.Status == ShareStatus.Active))
            {
                expected.Add(Responsible(share.TargetPath, withAccounts));
            }

            Assert.True(expected.SetEquals(found[TenancyOracle.IdOf("Case", @case.Id)]),
                $"{@case.Number} ({@case.Status} at {@case.HandlingPath}): expected {string.Join(", ", expected)}; found {string.Join(", ", found[TenancyOracle.IdOf("Case", @case.Id)])}");
        }
    }

    /// <summary>The nearest unit at or above <paramref name="path"/> that has an account.</summary>
    private static string Responsible(string path, HashSet<string> withAccounts)
    {
        var current = path;
        while (!withAccounts.Contains(current))
        {
            current = current[..(current.LastIndexOf('/', current.Length - 2) + 1)];
        }

        return current;
    }

    /// <summary>Tests only: the active demo accounts that read cases, with their units' paths.</summary>
    private async Task<List<(string UserName, string UnitPath)>> AccountsAsync()
    {
        await using var db = factory.Services.GetRequiredService<SystemDbContexts>().Unscoped();
        var rows = await db.Users.AsNoTracking()
            .Where(u => u.DeactivatedAt == null)
            .Join(db.Units, u => u.UnitId, unit => unit.Id, (u, unit) => new { u.UserName, unit.Path })
            .ToListAsync();
        return rows
            .OrderBy(r => r.UserName!.EndsWith(".officer", StringComparison.Ordinal) || r.UserName.EndsWith(".proxy", StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(r => r.UserName, StringComparer.Ordinal)
            .Select(r => (r.UserName!, r.Path))
            .ToList();
    }
}
