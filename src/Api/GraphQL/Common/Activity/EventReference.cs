using System.Text.Json.Nodes;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Data.Events;

namespace Platform.Api.GraphQL.Common.Activity;

/// <summary>
/// A row that a timeline or history entry's details point at: a property holding a node id of one
/// of <see cref="NodeIds"/>' types, or the <c>case</c> property holding a case number.
/// </summary>
/// <param name="Property">The property of the details that holds it.</param>
/// <param name="Kind">A node type name, or <see cref="CaseNumber"/>.</param>
/// <param name="Key">The row's key for a node id, else 0.</param>
/// <param name="Number">The case number for <see cref="CaseNumber"/>, else null.</param>
public sealed record EventReference(string Property, string Kind, int Key, string? Number)
{
    public const string CaseNumber = "CaseNumber";

    private static readonly HashSet<string> NodeKinds =
        [NodeIds.Case, NodeIds.CaseSupervision, NodeIds.MediationSession, NodeIds.Elder, NodeIds.Suggestion];

    /// <summary>The references in <paramref name="data"/>, a JSON object as <see cref="EventJson"/> writes it.</summary>
    public static IReadOnlyList<EventReference> In(string data)
    {
        if (JsonNode.Parse(data) is not JsonObject details)
        {
            return [];
        }

        var found = new List<EventReference>();
        foreach (var (property, value) in details)
        {
            if (value is not JsonValue text || !text.TryGetValue<string>(out var s))
            {
                continue;
            }

            if (GlobalId.TryDecode(s, out var type, out var key) && NodeKinds.Contains(type) && key is > 0 and <= int.MaxValue)
            {
                found.Add(new EventReference(property, type, (int)key, null));
            }
            else if (property == "case")
            {
                found.Add(new EventReference(property, CaseNumber, 0, s));
            }
        }

        return found;
    }

    /// <summary><paramref name="data"/> without the properties of <paramref name="hidden"/>; unchanged when there are none.</summary>
    public static string Without(string data, IEnumerable<EventReference> hidden)
    {
        var properties = hidden.Select(r => r.Property).ToList();
        if (properties.Count == 0)
        {
            return data;
        }

        var details = JsonNode.Parse(data)!.AsObject();
        properties.ForEach(p => details.Remove(p));
        return EventJson.Serialize(details)!;
    }
}
