using System.Globalization;
using GraphQL.Types;

namespace Platform.Api.GraphQL.Common.Scalars;

/// <summary>
/// The <c>DateTime</c> scalar as HotChocolate writes it: UTC with millisecond precision and the
/// <c>Z</c> suffix (<c>2026-12-11T21:30:59.391Z</c>), the digits below a millisecond cut off. It
/// replaces GraphQL.NET's built-in scalar of the same name; stored times keep their full precision
/// and inputs are read as before.
/// </summary>
public sealed class MillisecondDateTimeGraphType : DateTimeGraphType
{
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public MillisecondDateTimeGraphType()
    {
        Name = "DateTime";
    }

    public override object? Serialize(object? value) => value switch
    {
        // Times are stored and computed in UTC; a Local one would be a bug elsewhere, still written right.
        DateTime time => (time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : time).ToString(Format, CultureInfo.InvariantCulture),
        DateTimeOffset time => time.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture),
        _ => base.Serialize(value),
    };
}
