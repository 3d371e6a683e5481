using OpenQA.Selenium.Chrome;

namespace Platform.Api.Tests.Browser;

/// <summary>Debian's <c>chromium</c> and <c>chromium-driver</c> (which <c>.ci/run</c> installs), headless, with a profile of its own.</summary>
public static class HeadlessChromium
{
    public const string Chromium = "/usr/bin/chromium";
    public const string ChromeDriver = "/usr/bin/chromedriver";

    /// <summary>Fails the test with a message naming the packages when the browser is missing.</summary>
    public static void AssertInstalled() =>
        Assert.True(File.Exists(Chromium) && File.Exists(ChromeDriver),
            $"The browser tests need Debian's chromium ({Chromium}) and chromium-driver ({ChromeDriver}); .ci/run installs them.");

    public static ChromeDriver Start(string profile)
    {
        var options = new ChromeOptions { BinaryLocation = Chromium };
        options.AddArguments(
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile);
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(ChromeDriver)!, Path.GetFileName(ChromeDriver));
        service.SuppressInitialDiagnosticInformation = true;
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }
}
