using Platform.Data.Entities;
using Platform.Data.Tenancy;

namespace Platform.Data.Seeding;

/// <summary>What every part of the demo dataset needs: the saved units, the clock and the demo actors.</summary>
internal sealed class DemoSeedContext(IReadOnlyDictionary<string, Unit> units, DateTime now)
{
    private readonly List<Action> onceSaved = [];

    public DateTime Now { get; } = now;

    /// <summary>Details that name rows by their generated keys are written once those rows are saved.</summary>
    public void OnceSaved(Action fill) => onceSaved.Add(fill);

    /// <summary>Writes the deferred details into the (tracked) entries; the next save stores them.</summary>
    public void FillSavedReferences()
    {
        foreach (var fill in onceSaved)
        {
            fill();
        }

        onceSaved.Clear();
    }

    public Unit Unit(string path) =>
        units.TryGetValue(path, out var unit) ? unit : throw new ArgumentException($"No demo unit '{path}'.", nameof(path));

    /// <summary>The officer (or, for a committee, the proxy) of the unit or its nearest ancestor that has one.</summary>
    public DemoAccounts.DemoAccount Officer(string path) => Nearest(path, "officer", "proxy");

    /// <summary>The leader of the unit or its nearest ancestor that has one; the city office has only officers.</summary>
    public DemoAccounts.DemoAccount Leader(string path) => Nearest(path, "leader", "officer");

    /// <summary>The unit an account acts for.</summary>
    public int UnitIdOf(DemoAccounts.DemoAccount account) => Unit(account.UnitPath).Id;

    /// <summary>Midday-ish UTC on the day <paramref name="daysAgo"/> before now, spread a little by <paramref name="salt"/>.</summary>
    public DateTime DaysAgo(double daysAgo, int salt = 0) =>
        Now.Date.AddDays(-daysAgo).AddHours(1 + salt % 7).AddMinutes(salt * 7 % 60);

    private static DemoAccounts.DemoAccount Nearest(string path, params string[] roles)
    {
        foreach (var candidate in UnitPath.Lineage(path).Reverse())
        {
            foreach (var role in roles)
            {
                var account = DemoAccounts.All.FirstOrDefault(a => a.UnitPath == candidate && a.Roles.Contains(role));
                if (account is not null)
                {
                    return account;
                }
            }
        }

        throw new ArgumentException($"No demo account acts for '{path}' or an ancestor.", nameof(path));
    }

    public static string DistrictOf(string path) => path.Split('/', StringSplitOptions.RemoveEmptyEntries)[1];
}
