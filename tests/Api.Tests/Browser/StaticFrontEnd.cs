using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Api.Tests.Browser;

/// <summary>
/// A browser front end on an origin of its own (another loopback port): one static page that
/// signs in through the code flow with PKCE, exchanges the code and lists the user's cases
/// through <c>/graphql</c>, all by <c>fetch</c> across origins, so that only CORS lets it work.
/// </summary>
public sealed class StaticFrontEnd : IAsyncDisposable
{
    private readonly WebApplication app;

    private StaticFrontEnd(WebApplication app, Uri origin)
    {
        this.app = app;
        Origin = origin;
    }

    /// <summary><c>http://127.0.0.1:port</c>, no trailing slash.</summary>
    public Uri Origin { get; }

    public string OriginText => Origin.GetLeftPart(UriPartial.Authority);

    public string RedirectUri => OriginText + "/callback.html";

    public static async Task<StaticFrontEnd> StartAsync(Uri api, string clientId)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = Path.GetTempPath() });
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var page = Page.Replace("@API@", api.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal)
            .Replace("@CLIENT@", clientId, StringComparison.Ordinal);
        app.MapGet("/", () => Results.Content(page, "text/html; charset=utf-8"));
        app.MapGet("/callback.html", () => Results.Content(page, "text/html; charset=utf-8"));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new StaticFrontEnd(app, new Uri(address));
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private const string Page = """
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8"><title>front end</title></head>
        <body><pre id="status">starting</pre><pre id="result"></pre>
        <script>
        const api = "@API@", clientId = "@CLIENT@", redirectUri = location.origin + "/callback.html";
        const status = text => document.getElementById("status").textContent = text;
        const b64url = bytes => btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
        async function signIn() {
          const verifier = b64url(crypto.getRandomValues(new Uint8Array(32)));
          sessionStorage.setItem("verifier", verifier);
          const challenge = b64url(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier)));
          const query = new URLSearchParams({ client_id: clientId, response_type: "code", redirect_uri: redirectUri,
            scope: "openid profile offline_access platform.read", state: "s1", code_challenge: challenge, code_challenge_method: "S256" });
          location.href = api + "/connect/authorize?" + query;
        }
        async function finish(code) {
          status("exchanging");
          const form = new URLSearchParams({ grant_type: "authorization_code", client_id: clientId, code, redirect_uri: redirectUri,
            code_verifier: sessionStorage.getItem("verifier") });
          const tokens = await (await fetch(api + "/connect/token", { method: "POST", body: form })).json();
          if (!tokens.access_token) { status("token error " + JSON.stringify(tokens)); return; }
          const answer = await fetch(api + "/graphql", { method: "POST",
            headers: { "Authorization": "Bearer " + tokens.access_token, "Content-Type": "application/json" },
            body: JSON.stringify({ query: "{ viewer { unit { name } } cases(first: 5) { totalCount nodes { number title } } }" }) });
          document.getElementById("result").textContent = JSON.stringify(await answer.json());
          status("done");
        }
        const params = new URLSearchParams(location.search);
        (params.get("code") ? finish(params.get("code")) : signIn()).catch(e => status("failed " + e));
        </script></body></html>
        """;
}
