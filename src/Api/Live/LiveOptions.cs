namespace Platform.Api.Live;

/// <summary>Limits and timings of subscriptions, bound from the <c>Live</c> configuration section (README, Subscriptions).</summary>
public sealed class LiveOptions
{
    public const string SectionName = "Live";

    /// <summary>How often each replica reads the outbox for new changes.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How many outbox rows one poll reads at most.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>
    /// How long a replica waits for a missing position to appear before it reads past it: a
    /// transaction that took a position first may commit after one that took a later position.
    /// </summary>
    public TimeSpan GapWait { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Outbox rows older than this are pruned (the newest row always stays, keeping positions rising).</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The client must send <c>connection_init</c> within this time (close 4408).</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>A connection that sends nothing (not even <c>ping</c>) for this long is closed.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often a connection's token is checked again; an expired or revoked token closes it with 4403.</summary>
    public TimeSpan TokenRecheckInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Active subscriptions one connection may hold; one more is refused with an <c>error</c> message.</summary>
    public int MaxSubscriptionsPerConnection { get; set; } = 20;

    /// <summary>Open connections one principal (token subject) may hold on a replica; one more is closed with 4429.</summary>
    public int MaxConnectionsPerPrincipal { get; set; } = 10;

    /// <summary>Largest message a client may send, in bytes; a larger one closes the connection with 4400.</summary>
    public int MaxMessageBytes { get; set; } = 64 * 1024;

    /// <summary>Case keys a queue subscription remembers as being in its queue, to tell when one leaves it.</summary>
    public int MaxRememberedCases { get; set; } = 1000;
}
