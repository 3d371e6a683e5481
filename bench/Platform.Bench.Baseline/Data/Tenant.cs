namespace Platform.Bench.Baseline.Data;

/// <summary>The caller's scope as the app's tenant filter reads it: <c>From &lt;= path &lt; To</c>.</summary>
public sealed record Tenant(string Path, int UnitId, bool CanReadPii)
{
    public string From => Path;

    public string To => string.Concat(Path.AsSpan(0, Path.Length - 1), "0");

    public bool Contains(string? path) => path is not null && path.StartsWith(Path, StringComparison.Ordinal);
}
