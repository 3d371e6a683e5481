namespace Platform.Data;

/// <summary>The platform's notion of now (UTC). Deadlines and demo data read it; tests replace it to move time.</summary>
public interface IClock
{
    DateTime UtcNow { get; }
}
