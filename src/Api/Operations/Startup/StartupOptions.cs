namespace Platform.Api.Operations.Startup;

/// <summary>
/// Configuration section <c>Startup</c>. While the database start-up runs (migrations, keys, demo
/// data), a request other than the probes waits at the door (<see cref="StartupGate"/>) for at most
/// <see cref="RequestWait"/>, then is answered 503 <c>SERVICE_STARTING</c> with <c>Retry-After</c>.
/// </summary>
public sealed class StartupOptions
{
    public const string Section = "Startup";

    /// <summary>How long a request waits for the start before it is told to come back.</summary>
    public TimeSpan RequestWait { get; set; } = TimeSpan.FromSeconds(30);
}
