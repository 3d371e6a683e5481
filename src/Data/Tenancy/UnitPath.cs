namespace Platform.Data.Tenancy;

/// <summary>Helpers for materialized unit paths such as <c>/sh/putuo/taopu/</c>.</summary>
public static class UnitPath
{
    public static bool IsValid(string? path)
    {
        if (string.IsNullOrEmpty(path) || path.Length < 3 || path[0] != '/' || path[^1] != '/')
        {
            return false;
        }

        var codes = path.AsSpan(1, path.Length - 2);
        foreach (var segment in codes.Split('/'))
        {
            if (!IsValidCode(codes[segment]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A code is a lowercase ASCII slug: letters, digits and '-'.</summary>
    public static bool IsValidCode(string code) => IsValidCode(code.AsSpan());

    private static bool IsValidCode(ReadOnlySpan<char> code)
    {
        if (code.Length is 0 or > 40)
        {
            return false;
        }

        foreach (var c in code)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            {
                return false;
            }
        }

        return true;
    }

    public static string Child(string parentPath, string code) => $"{parentPath}{code}/";

    /// <summary>The path and all its ancestors, root first.</summary>
    public static IReadOnlyList<string> Lineage(string path)
    {
        var result = new List<string>();
        for (var i = 1; i < path.Length; i++)
        {
            if (path[i] == '/')
            {
                result.Add(path[..(i + 1)]);
            }
        }

        return result;
    }

    /// <summary>The parent's path, or null for a root such as <c>/sh/</c>.</summary>
    public static string? Parent(string path)
    {
        var cut = path.LastIndexOf('/', path.Length - 2);
        return cut <= 0 ? null : path[..(cut + 1)];
    }

    public static bool IsAncestorOrSelf(string ancestor, string path) =>
        path.StartsWith(ancestor, StringComparison.Ordinal);
}
