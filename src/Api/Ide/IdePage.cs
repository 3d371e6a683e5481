using System.Text.Encodings.Web;
using Microsoft.Net.Http.Headers;

namespace Platform.Api.Ide;

/// <summary>The IDE's HTML page and the rule for when a request to the GraphQL endpoint gets it.</summary>
internal static class IdePage
{
    /// <summary>Where the bundle lands in the app's output (src/Api's build, target <c>BundleIde</c>).</summary>
    public static string BundleFolder { get; } = Path.Combine(AppContext.BaseDirectory, "wwwroot", "ide");

    // The bundle's own script and styles only; GraphiQL's fonts and icons are inlined as data: URLs.
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    // Relative to the endpoint's path, so that a path base (a proxy's /api) is kept.
    private const string Html = """
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>Platform GraphQL</title>
          @SIGNIN@
          <link rel="stylesheet" href="graphql/ide/ide.css">
        </head>
        <body>
          <div id="ide"></div>
          <script src="graphql/ide/ide.js"></script>
        </body>
        </html>
        """;

    private const string NotBuilt = "The IDE was not bundled with this build (BuildIde=false, or npm was missing).";

    /// <summary>A browser's GET of the endpoint: its <c>Accept</c> names <c>text/html</c>, which no GraphQL client sends.</summary>
    public static bool IsFor(HttpRequest request, PathString endpoint) =>
        HttpMethods.IsGet(request.Method)
        && request.Path.Equals(endpoint, StringComparison.OrdinalIgnoreCase)
        && MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted)
        && accepted.Any(type => type.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && type.Quality != 0);

    /// <param name="signIn">The client and redirect URI the page signs in with, or null: pasted tokens only.</param>
    public static Task WriteAsync(HttpContext context, IdeSignIn? signIn)
    {
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.XFrameOptions = "DENY";
        response.Headers["Referrer-Policy"] = "no-referrer";
        if (!File.Exists(Path.Combine(BundleFolder, "ide.js")))
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            response.ContentType = "text/plain; charset=utf-8";
            return response.WriteAsync(NotBuilt, context.RequestAborted);
        }

        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.ContentType = "text/html; charset=utf-8";
        var meta = signIn is null ? ""
            : $"<meta name=\"platform-ide-signin\" content=\"{HtmlEncoder.Default.Encode(signIn.ClientId)}\" "
              + $"data-redirect-uri=\"{HtmlEncoder.Default.Encode(signIn.RedirectUri)}\">";
        return response.WriteAsync(Html.Replace("@SIGNIN@", meta, StringComparison.Ordinal), context.RequestAborted);
    }
}
