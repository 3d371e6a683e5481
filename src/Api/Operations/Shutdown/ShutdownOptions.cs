namespace Platform.Api.Operations.Shutdown;

/// <summary>
/// Configuration section <c>Shutdown</c>. On SIGTERM (or Ctrl+C) Kestrel stops accepting
/// connections and lets the requests in flight finish; after <see cref="Timeout"/> the
/// remaining ones are cut off and the process exits.
/// </summary>
public sealed class ShutdownOptions
{
    public const string Section = "Shutdown";

    /// <summary>How long in-flight requests get to finish once shutdown starts.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
