using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Platform.Data.Configurations;

/// <summary>
/// Every time is stored in UTC; SQLite hands DateTimes back without a kind, so reads mark them UTC
/// again and clients see the <c>Z</c>.
/// </summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => UtcTime.Normalize(v),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
