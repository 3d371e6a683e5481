namespace Platform.Data;

/// <summary>The real time, from <see cref="TimeProvider"/>.</summary>
public sealed class SystemClock(TimeProvider time) : IClock
{
    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;
}
