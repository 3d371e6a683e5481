namespace Platform.Data;

/// <summary>A short excerpt around the first query word in a text, each query word wrapped in <c>&lt;em&gt;</c>.</summary>
public static class Snippets
{
    public const int Context = 30;

    public static string Of(string text, IReadOnlyList<string> words)
    {
        var first = words.Select(w => text.IndexOf(w, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
        var start = Math.Max(0, first - Context);
        var end = Math.Min(text.Length, first + Context * 2);
        var excerpt = System.Net.WebUtility.HtmlEncode(text[start..end]);
        foreach (var word in words.OrderByDescending(w => w.Length))
        {
            var encoded = System.Net.WebUtility.HtmlEncode(word);
            excerpt = excerpt.Replace(encoded, $"<em>{encoded}</em>", StringComparison.OrdinalIgnoreCase);
        }

        return (start > 0 ? "…" : "") + excerpt + (end < text.Length ? "…" : "");
    }
}
