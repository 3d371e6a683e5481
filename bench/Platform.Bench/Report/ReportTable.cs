using System.Globalization;

namespace Platform.Bench.Report;

/// <summary>Prints the figures as the table, in Markdown, followed by the notes gathered on the way.</summary>
internal static class ReportTable
{
    public static void Print(TextWriter output, string title, IReadOnlyList<Figure> figures, IReadOnlyList<string> notes)
    {
        output.WriteLine();
        output.WriteLine($"## {title}");
        output.WriteLine();
        output.WriteLine("| what | Platform | hand-written | goal | |");
        output.WriteLine("|---|---|---|---|---|");
        foreach (var f in figures)
        {
            output.WriteLine($"| {f.What} | {f.Platform} | {f.HandWritten} | {f.Goal} | {f.Verdict} |");
        }

        if (notes.Count > 0)
        {
            output.WriteLine();
            foreach (var note in notes)
            {
                output.WriteLine($"- {note}");
            }
        }
    }

    /// <summary>Milliseconds with a sensible number of digits: 0.42 ms, 9.6 ms, 97 ms, 13.6 s.</summary>
    public static string Ms(double ms) => ms switch
    {
        double.NaN => "n/a",
        >= 10_000 => string.Create(CultureInfo.InvariantCulture, $"{ms / 1000:F1} s"),
        >= 1_000 => string.Create(CultureInfo.InvariantCulture, $"{ms / 1000:F2} s"),
        >= 100 => string.Create(CultureInfo.InvariantCulture, $"{ms:F0} ms"),
        >= 10 => string.Create(CultureInfo.InvariantCulture, $"{ms:F1} ms"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{ms:F2} ms"),
    };

    public static string Mb(double bytes) => bytes >= 1e6
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e6:F2} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e3:F0} kB");

    public static string Number(double value, int digits = 2) => value.ToString("F" + digits, CultureInfo.InvariantCulture);
}
