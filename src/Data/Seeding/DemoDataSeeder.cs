using Platform.Data.Entities;

namespace Platform.Data.Seeding;

/// <summary>Fills an empty database with the demo dataset of DESIGN §8.</summary>
public static class DemoDataSeeder
{
    /// <summary>
    /// Seeds units, workrooms, cases with their timelines, mediation sessions and campaigns. The
    /// data is fixed tables; dates are relative to <paramref name="now"/> (UTC), so that deadlines
    /// always show a few cases overdue and due soon.
    /// </summary>
    public static async Task SeedAsync(PlatformDbContext db, DateTime now, CancellationToken cancellationToken = default)
    {
        // Units, workrooms and elders first: the rest refers to their ids.
        var units = SeedUnits(db);
        await db.SaveChangesAsync(cancellationToken);

        var context = new DemoSeedContext(units, now);
        var workrooms = DemoWorkrooms.Build(context);
        db.Workrooms.AddRange(workrooms);
        await db.SaveChangesAsync(cancellationToken);

        var specs = DemoCases.All;
        var cases = specs.Select((spec, index) => DemoCaseBuilder.Build(context, spec, index)).ToList();
        db.CaseNumberCounters.AddRange(Number(cases));
        var byKey = specs.Zip(cases).ToDictionary(pair => pair.First.Key, pair => pair.Second);
        var sessions = DemoMediation.Build(context, workrooms, byKey);

        // Sessions add events to their cases, so timelines are put in order only now.
        foreach (var @case in cases)
        {
            @case.Events = [.. @case.Events.OrderBy(e => e.OccurredAt)];
        }

        db.Cases.AddRange(cases);
        db.MediationSessions.AddRange(sessions);
        await db.SaveChangesAsync(cancellationToken);

        context.FillSavedReferences();
        db.Campaigns.AddRange(DemoCampaigns.Build(context));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static Dictionary<string, Unit> SeedUnits(PlatformDbContext db)
    {
        var units = new Dictionary<string, Unit>();
        foreach (var demo in DemoUnits.All)
        {
            var parent = DemoUnits.ParentOf(demo.Path) is { } p ? units[p] : null;
            var unit = new Unit
            {
                Code = DemoUnits.CodeOf(demo.Path),
                Name = demo.Name,
                Kind = demo.Kind,
                Parent = parent,
                Path = demo.Path,
                Depth = demo.Path.Count(c => c == '/') - 2,
            };
            units[demo.Path] = unit;
            db.Units.Add(unit);
        }

        return units;
    }

    /// <summary>Numbers cases per district and year in order of registration; returns the counters that new cases continue from.</summary>
    private static List<CaseNumberCounter> Number(List<Case> cases)
    {
        var counters = new List<CaseNumberCounter>();
        foreach (var group in cases.GroupBy(c => (Prefix: CaseNumbers.PrefixOf(c.OwnerPath), c.RegisteredAt.Year)))
        {
            var sequence = 0;
            foreach (var @case in group.OrderBy(c => c.RegisteredAt))
            {
                @case.Number = CaseNumbers.Format(group.Key.Prefix, group.Key.Year, ++sequence);
            }

            counters.Add(new CaseNumberCounter { Key = $"{group.Key.Prefix}-{group.Key.Year}", Last = sequence });
        }

        return counters;
    }
}
