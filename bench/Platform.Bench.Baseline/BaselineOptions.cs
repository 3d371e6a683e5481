namespace Platform.Bench.Baseline;

/// <summary>Configuration section <c>Baseline</c>: the SQLite file and the token issuer, both as the app has them.</summary>
public sealed class BaselineOptions
{
    public string Database { get; set; } = "";

    public string Issuer { get; set; } = "";
}
