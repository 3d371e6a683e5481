using System.Globalization;
using System.Text;

namespace Platform.Bench.Baseline.Pages;

/// <summary>Values as the app puts them on the wire: node ids, cursors, enum names and masked personal data.</summary>
public static class Wire
{
    /// <summary>Base64 of <c>TypeName:key</c>.</summary>
    public static string Id(string typeName, int key) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{typeName}:{key}"));

    /// <summary>A UTC time with millisecond precision: <c>2026-12-11T21:30:59.391Z</c>.</summary>
    public static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Base64 of the edge's zero-based offset.</summary>
    public static string Cursor(int index) => Convert.ToBase64String(Encoding.UTF8.GetBytes(index.ToString(CultureInfo.InvariantCulture)));

    /// <summary>A stored enum name as a GraphQL enum value: <c>InProgress</c> → <c>IN_PROGRESS</c>.</summary>
    public static string Constant(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(name[i]));
        }

        return builder.ToString();
    }

    /// <summary><c>张*</c>: the first character and a star for each other one.</summary>
    public static string MaskName(string name) =>
        name.Length == 0 ? name : name[..1] + new string('*', Math.Max(1, name.Length - 1));

    /// <summary><c>138****1234</c>.</summary>
    public static string? MaskPhone(string? phone)
    {
        if (string.IsNullOrEmpty(phone))
        {
            return phone;
        }

        return phone.Length <= 7
            ? new string('*', phone.Length)
            : string.Concat(phone.AsSpan(0, 3), new string('*', phone.Length - 7), phone.AsSpan(phone.Length - 4));
    }
}
