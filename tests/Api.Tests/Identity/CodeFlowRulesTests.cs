using System.Net;
using Platform.Api.Tests.Infrastructure;
using Platform.Data.Seeding;
using Platform.Identity.Clients;

namespace Platform.Api.Tests.Identity;

/// <summary>What the token server refuses around the code flow (DESIGN §7).</summary>
public sealed class CodeFlowRulesTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Theory]
    [InlineData(null, null)]
    [InlineData("plain", "verifier-verifier-verifier-verifier-verifier-1")]
    public async Task ACodeRequest_WithoutPkceOrWithPlain_Should_Be_Refused(string? method, string? challenge)
    {
        // arrange
        using var flow = new CodeFlowClient(factory);
        var url = flow.AuthorizeUrl(extra: new Dictionary<string, string?> { ["code_challenge_method"] = method, ["code_challenge"] = challenge });

        // act
        using var response = await flow.Browser.GetAsync(url);

        // assert: an invalid_request error, never the sign-in page
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("invalid_request", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("http://localhost:5173/callback/")]
    [InlineData("http://localhost:5173/Callback")]
    [InlineData("http://localhost:5174/callback")]
    public async Task ARedirectUri_Should_Match_Exactly(string redirectUri)
    {
        // arrange
        using var flow = new CodeFlowClient(factory, redirectUri: redirectUri);

        // act
        using var response = await flow.Browser.GetAsync(flow.AuthorizeUrl());

        // assert: an error page here, no redirect anywhere
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AWrongPassword_AnUnknownUser_AndALockedAccount_Should_Get_TheSameAnswer()
    {
        // arrange: lock putuo.leader by five failures
        for (var i = 0; i < 5; i++)
        {
            using var failed = await factory.RequestTokenAsync(PasswordForm("songjiang.leader", "wrong-password"));
        }

        // act
        var grants = new List<string>();
        var pages = new List<string>();
        foreach (var (user, password) in new[] { ("shihudang.leader", "wrong-password"), ("nobody.at.all", "wrong-password"), ("songjiang.leader", DemoAccounts.Password) })
        {
            using var grant = await factory.RequestTokenAsync(PasswordForm(user, password));
            grants.Add(await grant.Content.ReadAsStringAsync());
            using var flow = new CodeFlowClient(factory);
            using var page = await flow.SubmitSignInAsync("/account/signin", user, password);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            pages.Add(ErrorText(await page.Content.ReadAsStringAsync()));
        }

        // assert
        Assert.Single(grants.Distinct());
        Assert.Contains("invalid_grant", grants[0]);
        Assert.Single(pages.Distinct());
        Assert.Equal("用户名或密码不正确。", pages[0]);
    }

    [Fact]
    public async Task TheSignInPage_Should_Be_Chinese_ByDefault_English_WhenAsked_AndAccessible()
    {
        // arrange
        using var client = factory.CreateClient();
        using var english = new HttpRequestMessage(HttpMethod.Get, "/account/signin");
        english.Headers.AcceptLanguage.ParseAdd("en-GB,en;q=0.9,zh;q=0.5");

        // act
        var chinese = await client.GetStringAsync("/account/signin");
        using var englishResponse = await client.SendAsync(english);
        var englishPage = await englishResponse.Content.ReadAsStringAsync();

        // assert
        Assert.Contains("<html lang=\"zh-CN\">", chinese);
        Assert.Contains("<label for=\"username\">用户名</label>", chinese);
        Assert.Contains("<html lang=\"en\">", englishPage);
        Assert.Contains("<label for=\"password\">Password</label>", englishPage);
        Assert.DoesNotContain("<script", chinese);
        Assert.DoesNotContain("http", chinese.Replace("http-equiv", ""));
        Assert.Contains("frame-ancestors 'none'", englishResponse.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task AFailedSignIn_Should_Tie_TheError_ToTheFields()
    {
        // arrange
        using var flow = new CodeFlowClient(factory);

        // act
        using var page = await flow.SubmitSignInAsync("/account/signin", "taopu.officer", "wrong-password");
        var html = await page.Content.ReadAsStringAsync();

        // assert
        Assert.Contains("id=\"signin-error\" role=\"alert\"", html);
        Assert.Contains("aria-invalid=\"true\" aria-describedby=\"signin-error\"", html);
    }

    [Fact]
    public async Task ASignInForm_WithoutItsAntiForgeryField_Should_Be_Refused()
    {
        // arrange
        using var flow = new CodeFlowClient(factory);

        // act
        using var response = await flow.Browser.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["username"] = "taopu.officer", ["password"] = DemoAccounts.Password,
        }));

        // assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("platform.signin=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task TheSignInCookie_Should_Not_Authenticate_GraphQL()
    {
        // arrange: signed in on the page, so the browser holds the session cookie
        using var flow = new CodeFlowClient(factory);
        await flow.SignInForCodeAsync("taopu.officer", DemoAccounts.Password);

        // act
        var response = await flow.Browser.PostGraphQLAsync("{ viewer { name } }");

        // assert
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], response.ErrorCodes());
    }

    [Fact]
    public async Task Introspection_Should_Answer_ConfidentialClients_Only()
    {
        // arrange: introspection answers for tokens the caller was issued (presenter) or is the audience of
        var token = await factory.GetClientTokenAsync();
        using var client = factory.CreateClient();

        // act
        using var confidential = await client.PostAsync("/connect/introspect", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = DemoClients.Integration, ["client_secret"] = DemoClients.IntegrationSecret, ["token"] = token,
        }));
        using var asPublic = await client.PostAsync("/connect/introspect", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = DemoClients.Frontend, ["token"] = token,
        }));

        // assert
        var answer = await CodeFlowClient.ReadJsonAsync(confidential, HttpStatusCode.OK);
        Assert.True(answer.GetProperty("active").GetBoolean());
        Assert.NotEqual(HttpStatusCode.OK, asPublic.StatusCode);
    }

    private static Dictionary<string, string> PasswordForm(string userName, string password) => new()
    {
        ["grant_type"] = "password", ["client_id"] = DemoClients.Frontend, ["username"] = userName, ["password"] = password,
    };

    private static string ErrorText(string html)
    {
        var match = System.Text.RegularExpressions.Regex.Match(html, "role=\"alert\">([^<]*)<");
        return match.Success ? match.Groups[1].Value : "(no error)";
    }
}
