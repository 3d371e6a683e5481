using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Platform.Api.Open311;

/// <summary>
/// Writes a payload as the spec's JSON (snake_case names, the records below serialized as they
/// are) or its XML (the same tree through <see cref="Open311Xml"/>), chosen by the path's
/// <c>.json</c> or <c>.xml</c>.
/// </summary>
public static class Open311Response
{
    public const string Json = "json";
    public const string Xml = "xml";

    /// <summary>Names as the spec spells them; Chinese text as it is, not as <c>\u</c> escapes.</summary>
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary><paramref name="format"/> when the endpoint serves it, else a 404 in JSON.</summary>
    public static string Require(string format) => format is Json or Xml
        ? format
        : throw new Open311Exception(StatusCodes.Status404NotFound, $"The format '{format}' is not served; use .json or .xml.");

    /// <summary>
    /// <paramref name="payload"/> in <paramref name="format"/>; in XML an array becomes
    /// <paramref name="root"/> with one child per item, named by <see cref="Open311Xml.ItemName"/>.
    /// </summary>
    public static IResult Write(string format, object payload, string root, int status = StatusCodes.Status200OK)
    {
        var tree = JsonSerializer.SerializeToElement(payload, JsonOptions);
        return format == Xml
            ? Results.Text(Open311Xml.Document(root, tree), "text/xml; charset=utf-8", statusCode: status)
            : Results.Text(tree.GetRawText(), "application/json; charset=utf-8", statusCode: status);
    }

    /// <summary>The spec's error list: <c>[{ "code": 404, "description": "…" }]</c>, or <c>&lt;errors&gt;&lt;error&gt;…</c>.</summary>
    public static IResult Errors(string format, IReadOnlyList<Open311Error> errors) =>
        Write(format, errors, "errors", errors[0].Code);

    /// <summary>Times as ISO 8601 with their offset; the store keeps UTC.</summary>
    public static string Time(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
