using Platform.Workflow.Common;

namespace Platform.Workflow.Workrooms;

/// <summary>The expertise tags an elder can carry.</summary>
public static class ElderExpertise
{
    /// <summary>LAND is kept for the rural workrooms (宅基地 disputes) the demo data already tags with it.</summary>
    public static readonly IReadOnlyList<string> Tags = ["LAW", "PROPERTY", "FAMILY", "CONSTRUCTION", "LABOR", "NEIGHBOURHOOD", "LAND"];

    /// <summary>The tags, upper-cased, deduplicated and comma-joined as stored; unknown tags are VALIDATION errors.</summary>
    public static string Parse(InputValidator check, IReadOnlyList<string> tags)
    {
        var result = new List<string>();
        for (var i = 0; i < tags.Count; i++)
        {
            var tag = tags[i].Trim().ToUpperInvariant();
            if (!Tags.Contains(tag))
            {
                check.Add($"expertise[{i}]", $"'{tags[i]}' is not an expertise tag; use one of {string.Join(", ", Tags)}.");
            }
            else if (!result.Contains(tag))
            {
                result.Add(tag);
            }
        }

        return string.Join(',', result);
    }
}
