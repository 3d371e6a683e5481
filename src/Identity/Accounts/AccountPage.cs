using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;

namespace Platform.Identity.Accounts;

/// <summary>
/// The frame of the server-rendered account pages: one HTML document with inline CSS and no
/// script or asset from anywhere, the language in <c>lang</c>, framing forbidden.
/// Every value written into it goes through <see cref="Encode"/>.
/// </summary>
internal static class AccountPage
{
    private const string Style = """
        body{font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif;background:#f4f5f7;color:#1d2129;margin:0}
        main{max-width:24rem;margin:4rem auto;background:#fff;padding:2rem;border-radius:.5rem;box-shadow:0 1px 4px rgba(0,0,0,.12)}
        h1{font-size:1.5rem;margin:0 0 1.5rem}
        label{display:block;font-weight:600;margin:1rem 0 .25rem}
        input{box-sizing:border-box;width:100%;padding:.6rem;font-size:1rem;border:1px solid #86909c;border-radius:.25rem}
        input:focus{outline:3px solid #1664ff;outline-offset:1px}
        input[aria-invalid=true]{border-color:#c9302c}
        button{margin-top:1.5rem;width:100%;padding:.7rem;font-size:1rem;background:#1664ff;color:#fff;border:0;border-radius:.25rem;cursor:pointer}
        button:focus{outline:3px solid #0a3d99;outline-offset:2px}
        .error{color:#b3261e;background:#fdecea;padding:.6rem;border-radius:.25rem}
        .notice{color:#0b5d1e;background:#e7f6ec;padding:.6rem;border-radius:.25rem}
        .hint{color:#4e5969;font-size:.875rem;margin:.25rem 0 0}
        """;

    // Chinese text stays readable in the page source; markup characters are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string? value) => Encoder.Encode(value ?? "");

    public static IResult Render(HttpContext context, PageText text, string title, string body, int statusCode = StatusCodes.Status200OK)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'";
        headers.XFrameOptions = "DENY";
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XContentTypeOptions = "nosniff";
        headers.Vary = "Accept-Language";
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"").Append(text.Lang).Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(Encode(title)).Append("</title><style>").Append(Style).Append("</style></head>")
            .Append("<body><main><h1>").Append(Encode(title)).Append("</h1>").Append(body).Append("</main></body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8", Encoding.UTF8, statusCode);
    }

    /// <summary>A labelled input; when <paramref name="errorId"/> is set it is marked invalid and described by that error.</summary>
    public static string Field(string id, string label, string type, string autocomplete, string? value = null, string? errorId = null, string? hintId = null, string? hint = null)
    {
        var describedBy = string.Join(' ', new[] { errorId, hintId }.Where(s => s is not null));
        var html = new StringBuilder()
            .Append("<label for=\"").Append(id).Append("\">").Append(Encode(label)).Append("</label>")
            .Append("<input id=\"").Append(id).Append("\" name=\"").Append(id).Append("\" type=\"").Append(type)
            .Append("\" autocomplete=\"").Append(autocomplete).Append("\" required");
        if (value is not null)
        {
            html.Append(" value=\"").Append(Encode(value)).Append('"');
        }

        if (errorId is not null)
        {
            html.Append(" aria-invalid=\"true\"");
        }

        if (describedBy.Length > 0)
        {
            html.Append(" aria-describedby=\"").Append(describedBy).Append('"');
        }

        html.Append('>');
        if (hint is not null)
        {
            html.Append("<p class=\"hint\" id=\"").Append(hintId).Append("\">").Append(Encode(hint)).Append("</p>");
        }

        return html.ToString();
    }

    public static string Error(string id, string message) =>
        $"<p class=\"error\" id=\"{id}\" role=\"alert\">{Encode(message)}</p>";

    public static string Notice(string message) => $"<p class=\"notice\" role=\"status\">{Encode(message)}</p>";

    public static string Hidden(string name, string? value) =>
        $"<input type=\"hidden\" name=\"{name}\" value=\"{Encode(value)}\">";
}
