using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Api.GraphQL.Common.Scalars;

/// <summary>
/// Writes every <c>DateTime</c> of a response as HotChocolate does: UTC with millisecond precision
/// and the <c>Z</c> suffix (<c>2026-12-11T21:30:59.391Z</c>), the digits below a millisecond cut off.
/// Stored times keep their full precision; inputs are read as before.
/// </summary>
public sealed class MillisecondDateTimeConverter : JsonConverter<DateTime>
{
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDateTime();

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options)
    {
        // Times are stored and computed in UTC; a Local one would be a bug elsewhere, still written right.
        var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value;
        writer.WriteStringValue(utc.ToString(Format, CultureInfo.InvariantCulture));
    }
}
