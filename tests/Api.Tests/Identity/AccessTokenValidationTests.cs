using System.Buffers.Text;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Tests.Infrastructure;
using Platform.Data.Seeding;
using Platform.Identity;

namespace Platform.Api.Tests.Identity;

public sealed class AccessTokenValidationTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private readonly WebApplicationFactory<Program> host = factory.WithWebHostBuilder(builder =>
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, WhoAmIStartupFilter>()));

    [Fact]
    public async Task AValidToken_Should_Fill_TheCurrentPrincipal()
    {
        // arrange
        var token = await factory.GetTokenAsync("taopu.officer");
        using var client = host.CreateClient();

        // act
        var me = await WhoAmIStartupFilter.AskAsync(client, token);

        // assert
        Assert.True(me.IsAuthenticated);
        Assert.Equal(DemoAccounts.IdOf("taopu.officer"), me.Subject);
        Assert.Equal("/sh/putuo/taopu/", me.UnitPath);
        Assert.Equal(["officer"], me.Roles);
        Assert.Equal([PlatformScopes.Read, PlatformScopes.Write, PlatformScopes.PiiRead], me.Scopes);
    }

    [Fact]
    public async Task ARequestWithoutAToken_Should_Pass_Anonymously()
    {
        // arrange
        using var client = host.CreateClient();

        // act
        var me = await WhoAmIStartupFilter.AskAsync(client, accessToken: null);

        // assert
        Assert.False(me.IsAuthenticated);
    }

    [Fact]
    public async Task ATamperedToken_Should_Not_Authenticate()
    {
        // arrange
        var token = await factory.GetTokenAsync("ziteng.proxy");
        var parts = token.Split('.');
        var payload = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[1]))
            .Replace("/sh/putuo/taopu/ziteng/", "/sh/", StringComparison.Ordinal);
        var tampered = $"{parts[0]}.{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload))}.{parts[2]}";
        using var client = host.CreateClient();

        // act
        var me = await WhoAmIStartupFilter.AskAsync(client, tampered);

        // assert
        Assert.False(me.IsAuthenticated);
        Assert.Null(me.UnitPath);
    }

    [Fact]
    public async Task ATokenSignedByAnotherServer_Should_Not_Authenticate()
    {
        // arrange
        using var other = new PlatformFactory();
        var foreign = await other.GetTokenAsync("sh.admin");
        using var client = host.CreateClient();

        // act
        var me = await WhoAmIStartupFilter.AskAsync(client, foreign);

        // assert
        Assert.False(me.IsAuthenticated);
    }
}
