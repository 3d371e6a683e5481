using Platform.Data.Entities;

namespace Platform.Data.Seeding;

/// <summary>Fills an empty database with the demo dataset of DESIGN §8.</summary>
public static class DemoDataSeeder
{
    public static async Task SeedAsync(PlatformDbContext db, DateTime now, CancellationToken cancellationToken = default)
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

        await db.SaveChangesAsync(cancellationToken);
    }
}
