namespace Platform.Data.Tenancy;

/// <summary>
/// The unit a principal acts for, as the data layer sees it. <see cref="None"/> (no principal)
/// matches no record: the empty range <c>["", "")</c> and no ancestors.
/// </summary>
public sealed record TenantScope
{
    public static readonly TenantScope None = new();

    private TenantScope()
    {
    }

    /// <summary>The principal's unit path, e.g. <c>/sh/putuo/taopu/</c>; empty for <see cref="None"/>.</summary>
    public string Path { get; private init; } = "";

    /// <summary>Inclusive lower bound of the paths inside the scope: the path itself.</summary>
    public string From { get; private init; } = "";

    /// <summary>
    /// Exclusive upper bound: the path with its trailing '/' replaced by '0', the next character in
    /// ordinal order, so that <c>From &lt;= p &lt; To</c> holds exactly for paths starting with
    /// <see cref="Path"/> and the test is a range seek on an ordinary index.
    /// </summary>
    public string To { get; private init; } = "";

    /// <summary>Paths of the unit and all its ancestors, root first.</summary>
    public IReadOnlyList<string> Lineage { get; private init; } = [];

    public bool IsNone => Path.Length == 0;

    /// <summary>
    /// True for the root unit's scope, which holds every unit (DESIGN §3: one tree, one root; units
    /// are only ever created under a parent), so that every record is owned inside it.
    /// </summary>
    public bool IsWhole { get; private init; }

    public static TenantScope For(string path)
    {
        if (!UnitPath.IsValid(path))
        {
            throw new ArgumentException($"'{path}' is not a unit path.", nameof(path));
        }

        return new TenantScope
        {
            Path = path,
            From = path,
            To = string.Concat(path.AsSpan(0, path.Length - 1), "0"),
            Lineage = UnitPath.Lineage(path),
            IsWhole = UnitPath.Parent(path) is null,
        };
    }

    /// <summary>True when <paramref name="path"/> lies in this scope's subtree.</summary>
    public bool Contains(string? path) =>
        !IsNone && path is not null && path.StartsWith(Path, StringComparison.Ordinal);
}
