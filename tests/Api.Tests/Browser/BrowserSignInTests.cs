using System.Net.Http.Json;
using System.Text.Json;
using OpenQA.Selenium;
using OpenQA.Selenium.Support.UI;
using Platform.Api.Tests.Infrastructure;
using Platform.Data.Seeding;
using Platform.Identity.Clients;

namespace Platform.Api.Tests.Browser;

/// <summary>
/// Issue 8, acceptance 5: a real headless Chromium (Debian's <c>chromium</c> and <c>chromium-driver</c>,
/// which <c>.ci/run</c> installs) runs a static page from another origin that signs in through the code
/// flow and lists the user's cases through <c>/graphql</c> with CORS. A missing browser fails the test.
/// </summary>
public sealed class BrowserSignInTests : IDisposable
{
    private readonly PlatformFactory factory = new();
    private readonly string profile = Path.Combine(Path.GetTempPath(), "platform-chromium-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        factory.Dispose();
        if (Directory.Exists(profile))
        {
            Directory.Delete(profile, recursive: true);
        }
    }

    [Fact]
    public async Task AStaticPageOnAnotherOrigin_Should_SignIn_AndListTheUsersCases()
    {
        // arrange
        HeadlessChromium.AssertInstalled();
        var api = factory.ListenOnLoopback();
        await using var frontEnd = await StaticFrontEnd.StartAsync(api, "browser-test");
        await RegisterClientAsync(api, frontEnd);
        using var driver = HeadlessChromium.Start(profile);

        // act
        driver.Navigate().GoToUrl(frontEnd.OriginText + "/");
        var wait = new WebDriverWait(driver, TimeSpan.FromSeconds(60));
        wait.Until(d => d.Url.Contains("/account/signin", StringComparison.Ordinal));
        driver.FindElement(By.Id("username")).SendKeys("taopu.officer");
        driver.FindElement(By.Id("password")).SendKeys(DemoAccounts.Password);
        driver.FindElement(By.CssSelector("button[type=submit]")).Click();
        wait.Until(d => d.Url.StartsWith(frontEnd.RedirectUri, StringComparison.Ordinal)
            && d.FindElement(By.Id("status")).Text is "done" or { Length: > 0 } and not ("starting" or "exchanging"));

        // assert
        Assert.Equal("done", driver.FindElement(By.Id("status")).Text);
        using var result = JsonDocument.Parse(driver.FindElement(By.Id("result")).Text);
        var data = result.RootElement.GetProperty("data");
        Assert.Equal("桃浦镇", data.GetProperty("viewer").GetProperty("unit").GetProperty("name").GetString());
        Assert.True(data.GetProperty("cases").GetProperty("totalCount").GetInt32() > 0);
        Assert.NotEmpty(data.GetProperty("cases").GetProperty("nodes").EnumerateArray());
    }

    /// <summary>The front end is a public client like any other: registered by an admin with its exact redirect URI and origin.</summary>
    private static async Task RegisterClientAsync(Uri api, StaticFrontEnd frontEnd)
    {
        using var http = new HttpClient { BaseAddress = api };
        using var tokenResponse = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["client_id"] = DemoClients.Frontend, ["username"] = "putuo.admin", ["password"] = DemoAccounts.Password,
        }));
        var token = (await tokenResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var response = await http.PostGraphQLAsync("""
            mutation($input: RegisterClientInput!) { registerClient(input: $input) { client { clientId } errors { __typename } } }
            """, new { input = new { clientId = "browser-test", displayName = "Browser test", confidential = false, redirectUris = new[] { frontEnd.RedirectUri } } });
        Assert.Equal("browser-test", response["data"]!["registerClient"]!["client"]!["clientId"]!.GetValue<string>());
    }
}
