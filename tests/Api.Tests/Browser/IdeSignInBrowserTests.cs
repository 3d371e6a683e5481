using System.Text.Json;
using OpenQA.Selenium;
using OpenQA.Selenium.Support.UI;
using Platform.Api.Tests.Infrastructure;
using Platform.Data.Seeding;

namespace Platform.Api.Tests.Browser;

/// <summary>
/// Headless Chromium signs in to the IDE through the code flow: "Sign in" on <c>GET /graphql</c>,
/// the token server's sign-in form, back to the IDE with the code, then
/// <c>{ viewer { unit { name } } }</c> runs with the signed-in person's token; "Sign out" revokes it.
/// The IDE's client is registered from <c>Ide:RedirectUris</c> for the host's own address.
/// </summary>
public sealed class IdeSignInBrowserTests : IDisposable
{
    private const string Query = "{ viewer { unit { name } } }";

    private readonly int port = PlatformFactory.FreeLoopbackPort();
    private readonly PlatformFactory factory;
    private readonly string profile = Path.Combine(Path.GetTempPath(), "platform-chromium-" + Guid.NewGuid().ToString("N"));

    public IdeSignInBrowserTests()
    {
        factory = new PlatformFactory()
            .WithSetting("Ide:Enabled", "true")
            .WithSetting("Ide:RedirectUris:0", $"http://127.0.0.1:{port}/graphql");
    }

    public void Dispose()
    {
        factory.Dispose();
        if (Directory.Exists(profile))
        {
            Directory.Delete(profile, recursive: true);
        }
    }

    [Fact]
    public async Task TheIde_Should_SignInThroughTheCodeFlow_RunTheViewerQuery_AndSignOut()
    {
        // arrange
        HeadlessChromium.AssertInstalled();
        var api = factory.ListenOnLoopback(port);
        var page = new Uri(api, "/graphql?query=" + Uri.EscapeDataString(Query)).AbsoluteUri;
        using var driver = HeadlessChromium.Start(profile);
        var wait = new WebDriverWait(driver, TimeSpan.FromSeconds(60));

        // act: Sign in → the token server's form → back to the IDE, signed in
        driver.Navigate().GoToUrl(page);
        wait.Until(d => d.FindElements(By.Id("platform-sign-in")).Count > 0);
        driver.FindElement(By.Id("platform-sign-in")).Click();
        wait.Until(d => d.Url.Contains("/account/signin", StringComparison.Ordinal));
        driver.FindElement(By.Id("username")).SendKeys("taopu.officer");
        driver.FindElement(By.Id("password")).SendKeys(DemoAccounts.Password);
        driver.FindElement(By.CssSelector("button[type=submit]")).Click();
        wait.Until(d => d.FindElements(By.Id("platform-signed-in")).Count > 0
            && d.FindElement(By.Id("platform-signed-in")).Text.StartsWith("signed in", StringComparison.Ordinal));

        // assert: the code and state are gone from the address, the editor holds the query again
        Assert.Equal(page, driver.Url);
        Assert.Empty(driver.FindElements(By.Id("platform-sign-in-error")));

        // act: run the query with the signed-in person's token
        wait.Until(d => d.FindElements(By.CssSelector(".graphiql-execute-button")).Count > 0);
        driver.FindElement(By.CssSelector(".graphiql-execute-button")).Click();
        wait.Until(d => d.FindElement(By.CssSelector(".graphiql-response")).Text.Contains("unit", StringComparison.Ordinal));

        // assert
        var answer = driver.FindElement(By.CssSelector(".graphiql-response")).Text;
        Assert.Contains("桃浦镇", answer);
        Assert.DoesNotContain("errors", answer);
        var stored = (string)((IJavaScriptExecutor)driver).ExecuteScript("return sessionStorage.getItem('platform.ide.auth');")!;
        using var auth = JsonDocument.Parse(stored);
        var accessToken = auth.RootElement.GetProperty("accessToken").GetString()!;
        Assert.False(string.IsNullOrEmpty(auth.RootElement.GetProperty("refreshToken").GetString()));

        // act: Sign out → tokens revoked, the server's session ended, back on the IDE page
        driver.FindElement(By.Id("platform-sign-out")).Click();
        wait.Until(d => d.Url == api + "graphql" && d.FindElements(By.Id("platform-sign-in")).Count > 0);

        // assert: anonymous again, and the API refuses the old token
        Assert.Equal("anonymous", driver.FindElement(By.Id("platform-signed-in")).Text);
        using var client = new HttpClient { BaseAddress = api };
        client.DefaultRequestHeaders.Authorization = new("Bearer", accessToken);
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], (await client.PostGraphQLAsync(Query)).ErrorCodes());
    }
}
