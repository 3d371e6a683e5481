using System.Globalization;
using System.Text;

namespace Platform.Api.GraphQL.Common.Relay;

/// <summary>
/// Opaque node ids: base64 of <c>TypeName:key</c>. Clients must not parse them. An id is accepted
/// only as this server writes it, padded or without its <c>=</c> padding (DESIGN §6): other
/// spellings of the same key (<c>Case:01</c>, a trailing NUL, whitespace) name nothing, so that
/// one record has exactly two ids and ids can be compared as text.
/// </summary>
public static class GlobalId
{
    private const int MaxLength = 200;

    public static string Encode(string typeName, long key) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Canonical(typeName, key)));

    /// <summary>Returns false for anything that is not an id this server issued.</summary>
    public static bool TryDecode(string? id, out string typeName, out long key)
    {
        typeName = "";
        key = 0;
        if (string.IsNullOrEmpty(id) || id.Length > MaxLength || id.Length % 4 == 1)
        {
            return false;
        }

        var padded = id.Length % 4 == 0 ? id : id + new string('=', 4 - id.Length % 4);
        Span<byte> buffer = stackalloc byte[padded.Length];
        if (!Convert.TryFromBase64String(padded, buffer, out var written))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(buffer[..written]);
        var colon = text.IndexOf(':');
        if (colon <= 0 || !long.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            return false;
        }

        // The key must read back as written: no leading zeros or other bytes; the whole id must be
        // the canonical base64, which also refuses whitespace and non-zero padding bits.
        var name = text[..colon];
        if (!IsTypeName(name))
        {
            return false;
        }

        var canonical = Encode(name, parsed);
        if (!string.Equals(canonical, id, StringComparison.Ordinal) && !string.Equals(canonical.TrimEnd('='), id, StringComparison.Ordinal))
        {
            return false;
        }

        typeName = name;
        key = parsed;
        return true;
    }

    /// <summary>The int key of an id of the given type, or null.</summary>
    public static int? DecodeKey(string? id, string expectedType) =>
        TryDecode(id, out var type, out var key) && type == expectedType && key is > 0 and <= int.MaxValue ? (int)key : null;

    // A GraphQL name (/[_A-Za-z][_0-9A-Za-z]*/), as every type name is.
    private static bool IsTypeName(string name) =>
        (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    private static string Canonical(string typeName, long key) => typeName + ":" + key.ToString(CultureInfo.InvariantCulture);
}
