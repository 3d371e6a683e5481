using System.Text;

namespace Platform.Api.GraphQL.Common.Relay;

/// <summary>Opaque node ids: base64 of <c>TypeName:key</c>. Clients must not parse them.</summary>
public static class GlobalId
{
    public static string Encode(string typeName, int key) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{typeName}:{key}"));

    /// <summary>Returns false for anything that is not an id this server issued.</summary>
    public static bool TryDecode(string? id, out string typeName, out long key)
    {
        typeName = "";
        key = 0;
        if (string.IsNullOrEmpty(id) || id.Length > 200)
        {
            return false;
        }

        Span<byte> buffer = stackalloc byte[id.Length];
        if (!Convert.TryFromBase64String(id, buffer, out var written))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(buffer[..written]);
        var colon = text.IndexOf(':');
        if (colon <= 0 || !long.TryParse(text.AsSpan(colon + 1), System.Globalization.NumberStyles.None, null, out key))
        {
            return false;
        }

        typeName = text[..colon];
        return true;
    }

    /// <summary>The int key of an id of the given type, or null.</summary>
    public static int? DecodeKey(string? id, string expectedType) =>
        TryDecode(id, out var type, out var key) && type == expectedType && key is > 0 and <= int.MaxValue ? (int)key : null;
}
