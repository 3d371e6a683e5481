namespace Platform.Bench.Baseline;

/// <summary>Configuration section <c>Baseline</c>: the SQLite file, the token issuer and the personal-data key, all as the app has them.</summary>
public sealed class BaselineOptions
{
    public string Database { get; set; } = "";

    public string Issuer { get; set; } = "";

    /// <summary>The app's <c>Pii:Key</c>, to read the phones it stored encrypted.</summary>
    public string PiiKey { get; set; } = "";
}
