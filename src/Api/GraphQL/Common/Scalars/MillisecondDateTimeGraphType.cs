using System.Globalization;
using System.Text.Json;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Platform.Api.GraphQL.Common.Scalars;

/// <summary>
/// The <c>DateTime</c> scalar as HotChocolate writes it: UTC with millisecond precision and the
/// <c>Z</c> suffix (<c>2026-12-11T21:30:59.391Z</c>), the digits below a millisecond cut off. It
/// replaces GraphQL.NET's built-in scalar of the same name; stored times keep their full precision
/// and inputs are read as before.
/// </summary>
/// <remarks>
/// A result keeps the time itself (in UTC), and the response writer
/// (<see cref="Serialization.ExecutionResultWriter"/>) writes it with <see cref="Write"/> straight
/// into the response's bytes, so that no string is made for each time of a page. Literals (default
/// values, printed schema) are the same text as strings.
/// </remarks>
public sealed class MillisecondDateTimeGraphType : DateTimeGraphType
{
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    // "yyyy-MM-ddTHH:mm:ss.fffZ" is 24 characters, all ASCII.
    private const int Length = 24;

    public MillisecondDateTimeGraphType()
    {
        Name = "DateTime";
    }

    public override object? Serialize(object? value) => value switch
    {
        // Times are stored and computed in UTC; a Local one would be a bug elsewhere, still written right.
        DateTime { Kind: DateTimeKind.Local } time => time.ToUniversalTime(),
        DateTime => value,
        DateTimeOffset time => time.UtcDateTime,
        _ => base.Serialize(value),
    };

    // Lists of times are written item by item, each through Serialize and Write, never as one list.
    public override bool CanSerializeList(System.Collections.IEnumerable list, bool allowNulls) => false;

    public override GraphQLValue ToAST(object? value) =>
        Serialize(value) is DateTime time ? new GraphQLStringValue(Text(time)) : base.ToAST(value);

    /// <summary>A serialized time as the scalar's text.</summary>
    public static string Text(DateTime utc) => utc.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>Writes a serialized time as a JSON string of the scalar's text, without making a string.</summary>
    public static void Write(Utf8JsonWriter writer, DateTime utc)
    {
        Span<byte> text = stackalloc byte[Length];
        if (!utc.TryFormat(text, out var written, Format, CultureInfo.InvariantCulture))
        {
            // Not reached for any DateTime; kept so that a longer format could never write a cut text.
            writer.WriteStringValue(Text(utc));
            return;
        }

        writer.WriteStringValue(text[..written]);
    }
}
