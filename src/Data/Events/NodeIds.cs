using System.Text;

namespace Platform.Data.Events;

/// <summary>
/// The public ids that event details use to point at other rows: base64 of <c>TypeName:key</c>,
/// the same opaque form the API's node ids have (clients must not parse them).
/// </summary>
public static class NodeIds
{
    public const string Case = "Case";
    public const string CaseSupervision = "CaseSupervision";
    public const string MediationSession = "MediationSession";
    public const string Elder = "Elder";
    public const string Suggestion = "Suggestion";

    public static string Encode(string typeName, int key) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{typeName}:{key}"));
}
