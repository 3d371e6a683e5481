using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using Platform.Api.Tests.Identity;
using Platform.Api.Tests.Infrastructure;
using Platform.Data.Seeding;
using Platform.Identity.Clients;

namespace Platform.Api.Tests.FrontEnds;

/// <summary>
/// The IDE's sign-in client <c>platform-ide</c>: seeded with the demo clients for
/// <c>http://localhost:5080/graphql</c>, set to exactly <c>Ide:RedirectUris</c> when configured,
/// absent in production unless configured; the page offers "Sign in" only at a registered address.
/// </summary>
public sealed class IdeClientTests
{
    private const string Configured = "http://localhost/graphql";

    [Fact]
    public async Task TheSeededIdeClient_Should_SignInThroughTheCodeFlow_WithEveryScopeThePersonMayHave()
    {
        // arrange
        using var factory = new PlatformFactory().WithSetting("Ide:Enabled", "true");
        using var flow = new CodeFlowClient(factory, DemoClients.Ide, DemoClients.IdeRedirectUri);

        // act: the IDE names no scope
        var tokens = await flow.SignInAsync("taopu.officer", DemoAccounts.Password, scope: null!);

        // assert
        var scopes = Jwt.Payload(tokens.GetProperty("access_token").GetString()!).GetProperty("scope").ToString();
        Assert.All(new[] { "platform.read", "platform.write", "pii.read" }, scope => Assert.Contains(scope, scopes));
        Assert.False(string.IsNullOrEmpty(tokens.GetProperty("refresh_token").GetString()));
    }

    [Theory]
    [InlineData("http://localhost:5080/graphql/")]
    [InlineData("http://localhost:5080/graphql?x=1")]
    [InlineData("http://127.0.0.1:5080/graphql")]
    [InlineData("http://evil.example/graphql")]
    [InlineData("http://localhost:5173/callback")]
    public async Task TheIdeClient_Should_RefuseAnyRedirectUriButItsOwn(string foreign)
    {
        // arrange
        using var factory = new PlatformFactory().WithSetting("Ide:Enabled", "true");
        using var registered = new CodeFlowClient(factory, DemoClients.Ide, DemoClients.IdeRedirectUri);
        using var other = new CodeFlowClient(factory, DemoClients.Ide, foreign);

        // act
        using var accepted = await registered.Browser.GetAsync(registered.AuthorizeUrl());
        using var refused = await other.Browser.GetAsync(other.AuthorizeUrl());

        // assert: the registered address goes on to the sign-in form; a foreign one is answered, never followed
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.StartsWith("/account/signin", accepted.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Null(refused.Headers.Location);
    }

    [Fact]
    public async Task ConfiguredRedirectUris_Should_ReplaceTheIdeClientsAddresses_AndOfferSignInOnThatPage()
    {
        // arrange
        using var factory = new PlatformFactory().WithSetting("Ide:Enabled", "true").WithSetting("Ide:RedirectUris:0", Configured);
        using var configured = new CodeFlowClient(factory, DemoClients.Ide, Configured);
        using var seeded = new CodeFlowClient(factory, DemoClients.Ide, DemoClients.IdeRedirectUri);

        // act
        using var accepted = await configured.Browser.GetAsync(configured.AuthorizeUrl());
        using var refused = await seeded.Browser.GetAsync(seeded.AuthorizeUrl());
        var page = await PageAsync(factory);

        // assert
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(new[] { Configured }, await RedirectUrisAsync(factory));
        Assert.Contains($"<meta name=\"platform-ide-signin\" content=\"platform-ide\" data-redirect-uri=\"{Configured}\">", page);
    }

    [Fact]
    public async Task ThePage_Should_OfferPastedTokensOnly_AtAnAddressTheClientDoesNotHave()
    {
        // arrange: the seeded client has http://localhost:5080/graphql; the test server is http://localhost
        using var factory = new PlatformFactory().WithSetting("Ide:Enabled", "true");

        // act
        var page = await PageAsync(factory);

        // assert
        Assert.Contains("graphql/ide/ide.js", page);
        Assert.DoesNotContain("platform-ide-signin", page);
    }

    [Fact]
    public async Task InProduction_WithoutRedirectUris_Should_HaveNoIdeClient()
    {
        // arrange
        using var factory = PlatformFactory.ForEnvironment("Production").WithSetting("Ide:Enabled", "true");

        // act
        var page = await PageAsync(factory);

        // assert
        Assert.Null(await RedirectUrisAsync(factory));
        Assert.Contains("graphql/ide/ide.js", page);
        Assert.DoesNotContain("platform-ide-signin", page);
    }

    private static async Task<string> PageAsync(PlatformFactory factory)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<string[]?> RedirectUrisAsync(PlatformFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var application = await applications.FindByClientIdAsync(DemoClients.Ide);
        return application is null ? null : [.. await applications.GetRedirectUrisAsync(application)];
    }
}
