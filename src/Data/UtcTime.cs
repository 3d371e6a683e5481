namespace Platform.Data;

/// <summary>Every time is kept in UTC; a time without a zone (as clients and SQLite hand them over) is taken as UTC.</summary>
public static class UtcTime
{
    public static DateTime Normalize(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        _ => value.ToUniversalTime(),
    };
}
