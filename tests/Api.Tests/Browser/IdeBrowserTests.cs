using OpenQA.Selenium;
using OpenQA.Selenium.Support.UI;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Browser;

/// <summary>
/// Issue 11, acceptance 3: headless Chromium opens the IDE at <c>GET /graphql</c> (GraphiQL bundled
/// by src/Api's build), pastes a token, runs <c>{ viewer { unit { name } } }</c> and shows the answer.
/// </summary>
public sealed class IdeBrowserTests : IDisposable
{
    private const string Query = "{ viewer { unit { name } } }";

    private readonly PlatformFactory factory = new PlatformFactory().WithSetting("Ide:Enabled", "true");
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
    public async Task TheIde_Should_Load_RunTheViewerQuery_AndShowTheAnswer()
    {
        // arrange
        HeadlessChromium.AssertInstalled();
        var api = factory.ListenOnLoopback();
        var token = await factory.GetTokenAsync("taopu.officer");
        using var driver = HeadlessChromium.Start(profile);
        var wait = new WebDriverWait(driver, TimeSpan.FromSeconds(60));

        // act
        driver.Navigate().GoToUrl(new Uri(api, "/graphql?query=" + Uri.EscapeDataString(Query)));
        wait.Until(d => d.FindElements(By.CssSelector(".graphiql-execute-button")).Count > 0);
        driver.FindElement(By.Id("platform-token")).SendKeys(token);
        wait.Until(d => d.FindElement(By.Id("platform-signed-in")).Text == "token set");
        driver.FindElement(By.CssSelector(".graphiql-execute-button")).Click();
        wait.Until(d => d.FindElement(By.CssSelector(".graphiql-response")).Text.Contains("unit", StringComparison.Ordinal));

        // assert
        var answer = driver.FindElement(By.CssSelector(".graphiql-response")).Text;
        Assert.Contains("桃浦镇", answer);
        Assert.DoesNotContain("errors", answer);
    }
}
