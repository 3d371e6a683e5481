namespace Platform.Workflow.Webhooks;

/// <summary>Configuration section <c>Webhooks</c> (README, Webhooks): what a callback may be, and how deliveries are attempted.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>Callback URLs must be <c>https</c>; off by default only in Development and Testing.</summary>
    public bool RequireHttps { get; set; } = true;

    /// <summary>Callbacks may resolve to loopback, private or link-local addresses; on by default only in Development and Testing.</summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>The most webhooks one client may hold.</summary>
    public int MaxPerClient { get; set; } = 20;

    /// <summary>How often each replica looks for new changes and due deliveries.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many outbox rows, and how many due deliveries, one poll handles at most.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>How long one attempt may take, connection included.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a claimed delivery stays with the replica that claimed it; longer than <see cref="Timeout"/>.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The wait after the first failed attempt; each further failure doubles it, up to <see cref="MaxDelay"/>.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Attempts of one delivery before it is given up as failed.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Failed deliveries in a row after which the webhook is disabled.</summary>
    public int DisableAfterFailures { get; set; } = 5;

    /// <summary>How much of a receiver's answer is read (for the delivery's last error); the rest is dropped.</summary>
    public int MaxResponseBytes { get; set; } = 1024;

    /// <summary>The delay before attempt <paramref name="attempts"/> + 1, after <paramref name="attempts"/> failed ones.</summary>
    public TimeSpan DelayAfter(int attempts)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        var delay = BaseDelay.TotalMilliseconds * factor;
        return TimeSpan.FromMilliseconds(Math.Min(delay, MaxDelay.TotalMilliseconds));
    }
}
