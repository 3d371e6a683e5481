using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Platform.Api.Tests.Infrastructure;
using Platform.Identity.Clients;

namespace Platform.Api.Tests.Identity;

/// <summary>
/// A browser's part of the authorization code flow with PKCE, over the real HTTP pipeline: the
/// authorization request, the sign-in form (with its anti-forgery field and cookies), the
/// redirect back with the code, and the code exchange at the token endpoint.
/// </summary>
public sealed class CodeFlowClient : IDisposable
{
    public const string RedirectUri = "http://localhost:5173/callback";
    public const string Scopes = "openid profile offline_access platform.read platform.write";

    private readonly HttpClient browser;

    public CodeFlowClient(PlatformFactory factory, string clientId = DemoClients.Frontend, string redirectUri = RedirectUri)
    {
        ClientId = clientId;
        Redirect = redirectUri;
        browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = factory.ClientOptions.BaseAddress });
    }

    public string ClientId { get; }

    public string Redirect { get; }

    public HttpClient Browser => browser;

    public string Verifier { get; } = Base64Url(RandomNumberGenerator.GetBytes(32));

    public string Challenge => Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(Verifier)));

    /// <summary>The authorization request URL with PKCE S256 and <paramref name="extra"/> parameters.</summary>
    public string AuthorizeUrl(string scope = Scopes, IDictionary<string, string?>? extra = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["client_id"] = ClientId,
            ["response_type"] = "code",
            ["redirect_uri"] = Redirect,
            ["scope"] = scope,
            ["state"] = "state-1",
            ["code_challenge"] = Challenge,
            ["code_challenge_method"] = "S256",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            query[key] = value;
        }

        return QueryHelpers.AddQueryString("/connect/authorize", query.Where(p => p.Value is not null)!);
    }

    /// <summary>Authorize, sign in on the form, follow back: the code from the redirect to the client.</summary>
    public async Task<string> SignInForCodeAsync(string userName, string password, string scope = Scopes)
    {
        using var authorize = await browser.GetAsync(AuthorizeUrl(scope));
        Assert.Equal(HttpStatusCode.Redirect, authorize.StatusCode);
        var signInUrl = authorize.Headers.Location!.OriginalString;
        Assert.StartsWith("/account/signin", signInUrl, StringComparison.Ordinal);

        using var submitted = await SubmitSignInAsync(signInUrl, userName, password);
        Assert.True(submitted.StatusCode == HttpStatusCode.Redirect, await submitted.Content.ReadAsStringAsync());
        return await FollowToCodeAsync(submitted.Headers.Location!.OriginalString);
    }

    /// <summary>Loads the sign-in page and posts the form on it.</summary>
    public async Task<HttpResponseMessage> SubmitSignInAsync(string signInUrl, string userName, string password)
    {
        var page = await browser.GetStringAsync(signInUrl);
        var form = new Dictionary<string, string>
        {
            ["__csrf"] = HiddenValue(page, "__csrf"),
            ["ReturnUrl"] = WebUtility.HtmlDecode(HiddenValue(page, "ReturnUrl")),
            ["username"] = userName,
            ["password"] = password,
        };
        return await browser.PostAsync("/account/signin", new FormUrlEncodedContent(form));
    }

    /// <summary>Requests <paramref name="authorizeUrl"/> with the session cookie: the code sent to the redirect URI.</summary>
    public async Task<string> FollowToCodeAsync(string authorizeUrl)
    {
        using var response = await browser.GetAsync(authorizeUrl);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith(Redirect + "?", location, StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(new Uri(location).Query);
        Assert.Equal("state-1", query["state"].ToString());
        return query["code"].ToString();
    }

    public Task<HttpResponseMessage> ExchangeAsync(string code, string? verifier = null) =>
        browser.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = ClientId,
            ["code"] = code,
            ["redirect_uri"] = Redirect,
            ["code_verifier"] = verifier ?? Verifier,
        }));

    public Task<HttpResponseMessage> RefreshAsync(string refreshToken) =>
        browser.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = ClientId,
            ["refresh_token"] = refreshToken,
        }));

    /// <summary>The whole flow: the token response of a sign-in as <paramref name="userName"/>.</summary>
    public async Task<JsonElement> SignInAsync(string userName, string password, string scope = Scopes)
    {
        var code = await SignInForCodeAsync(userName, password, scope);
        using var response = await ExchangeAsync(code);
        return await ReadJsonAsync(response, HttpStatusCode.OK);
    }

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static string HiddenValue(string html, string name)
    {
        var match = Regex.Match(html, $"name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"");
        Assert.True(match.Success, $"No hidden field '{name}' in the page.");
        return match.Groups[1].Value;
    }

    public void Dispose() => browser.Dispose();

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
