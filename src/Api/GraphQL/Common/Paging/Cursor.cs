using System.Globalization;
using System.Text;

namespace Platform.Api.GraphQL.Common.Paging;

/// <summary>Opaque cursors: base64 of the zero-based offset of an edge, like HotChocolate's offset paging.</summary>
internal static class Cursor
{
    public static string Encode(int index) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(index.ToString(CultureInfo.InvariantCulture)));

    public static bool TryDecode(string cursor, out int index)
    {
        index = 0;
        var buffer = new byte[cursor.Length];
        return Convert.TryFromBase64String(cursor, buffer, out var length)
            && int.TryParse(Encoding.UTF8.GetString(buffer, 0, length), NumberStyles.None, CultureInfo.InvariantCulture, out index);
    }
}
