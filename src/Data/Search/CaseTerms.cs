using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Platform.Data;

/// <summary>
/// Cuts Chinese (and other) text into the words the search index holds, with Lucene.Net's SmartCn
/// analyzer: a hidden-Markov word segmenter with its dictionary inside the assembly, stop words and
/// punctuation dropped, Latin letters lower-cased. The index and the queries cut text the same way.
/// </summary>
public static class CaseTerms
{
    public const int MaxTermLength = 32;

    private static readonly SmartChineseAnalyzer Analyzer = new(LuceneVersion.LUCENE_48);

    /// <summary>Each distinct word of <paramref name="text"/> with how often it occurs.</summary>
    public static Dictionary<string, int> Count(string? text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(text))
        {
            return counts;
        }

        using var stream = Analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var word = term.ToString();
            if (word.Length <= MaxTermLength && word.Any(char.IsLetterOrDigit))
            {
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }

        stream.End();
        return counts;
    }

    /// <summary>Each distinct word of all of <paramref name="texts"/> (a case's title, description and notes) with how often it occurs in them.</summary>
    public static Dictionary<string, int> CountAll(IEnumerable<string?> texts)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, count) in texts.SelectMany(text => Count(text)))
        {
            counts[word] = counts.GetValueOrDefault(word) + count;
        }

        return counts;
    }

    /// <summary>The distinct words of a query, in order of first appearance.</summary>
    public static IReadOnlyList<string> Of(string? text) => [.. Count(text).Keys];
}
