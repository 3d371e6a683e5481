using Platform.Data;

namespace Platform.Api.Tests.Infrastructure;

/// <summary>A clock that stands still until a test moves it, so that seeded data and snapshots are repeatable.</summary>
public sealed class TestClock : IClock
{
    public static readonly DateTime Start = new(2026, 11, 20, 2, 0, 0, DateTimeKind.Utc);

    public DateTime UtcNow { get; set; } = Start;

    public void Advance(TimeSpan by) => UtcNow += by;
}
