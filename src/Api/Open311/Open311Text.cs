using System.Globalization;
using Platform.Workflow.Cases;

namespace Platform.Api.Open311;

/// <summary>How the fields of an Open311 request fill a petition whose shape is not Open311's.</summary>
public static class Open311Text
{
    /// <summary>A title made from the description: its first line, at most this many characters.</summary>
    public const int TitleLength = 40;

    /// <summary>The petitioner's name when the app sent none (a resident may report without one).</summary>
    public const string Anonymous = "匿名";

    public static string TitleOf(string description)
    {
        var line = new StringInfo(description.Split('\n', 2)[0].Trim());
        return line.LengthInTextElements <= TitleLength ? line.String : line.SubstringByTextElements(0, TitleLength) + "…";
    }

    /// <summary>The place as a last paragraph of the description (cases have no place of their own); empty without one.</summary>
    public static string Place(string? address, (double Lat, double Long)? position)
    {
        var text = Workflow.Common.Text.OrNull(address);
        if (text is { Length: > CaseLimits.Address })
        {
            throw Open311Exception.Invalid(Open311Parameters.AddressString, $"at most {CaseLimits.Address} characters.");
        }

        var at = position is { } p ? string.Create(CultureInfo.InvariantCulture, $"（{p.Lat:0.######}, {p.Long:0.######}）") : "";
        return text is null && at.Length == 0 ? "" : $"\n\n地点：{text}{at}";
    }

    /// <summary>Family name first, as Chinese names are written; Latin names keep their order with a space.</summary>
    public static string NameOf(string? first, string? last)
    {
        var given = Workflow.Common.Text.OrNull(first);
        var family = Workflow.Common.Text.OrNull(last);
        if (given is null || family is null)
        {
            return family ?? given ?? Anonymous;
        }

        return (given + family).All(char.IsAscii) ? $"{given} {family}" : family + given;
    }
}
