using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using Platform.Api.Tests.Infrastructure;
using Platform.Identity;
using Platform.Identity.Tokens;
using static OpenIddict.Validation.OpenIddictValidationEvents;

namespace Platform.Api.Tests.Identity;

/// <summary>
/// A bearer token validated once is not validated again in full while it is remembered
/// (<see cref="ValidatedTokenCache"/>), and its status is still checked on every request.
/// </summary>
public sealed class ValidatedTokenTests : IDisposable
{
    private const string Viewer = "{ viewer { name } }";

    // Every full validation, counted before any of OpenIddict's handlers.
    private int validations;

    private readonly PlatformFactory factory;

    public ValidatedTokenTests() =>
        factory = new PlatformFactory().WithServices(services => services.AddOpenIddict().AddValidation(validation =>
            validation.AddEventHandler<ValidateTokenContext>(handler => handler.SetOrder(int.MinValue).UseInlineHandler(_ =>
            {
                Interlocked.Increment(ref validations);
                return default;
            }))));

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task ATokenUsedAgain_Should_NotBeValidatedAgain()
    {
        // arrange
        var token = await factory.GetTokenAsync("taopu.leader");
        using var client = factory.CreateClient(token);

        // act
        var first = await client.PostGraphQLAsync(Viewer);
        var second = await client.PostGraphQLAsync(Viewer);
        var third = await client.PostGraphQLAsync(Viewer);

        // assert
        Assert.Empty(first.ErrorCodes());
        Assert.Empty(second.ErrorCodes());
        Assert.Empty(third.ErrorCodes());
        Assert.Equal(first.ToJsonString(), third.ToJsonString());
        Assert.Equal(1, validations);
        Assert.True(factory.Services.GetRequiredService<ValidatedTokenCache>().TryGet(token, out _));
    }

    [Fact]
    public async Task ARememberedToken_Should_Fail_OnceRevoked()
    {
        // arrange
        var token = await factory.GetTokenAsync("taopu.leader");
        using var client = factory.CreateClient(token);
        Assert.Empty((await client.PostGraphQLAsync(Viewer)).ErrorCodes());

        // act
        using (var scope = factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>()
                .RevokeBySubjectAsync(Jwt.Payload(token).GetProperty("sub").GetString()!);
        }

        // assert
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], (await client.PostGraphQLAsync(Viewer)).ErrorCodes());
    }

    [Fact]
    public async Task AnAlteredToken_Should_BeValidatedInFull_AndFail()
    {
        // arrange: the token is remembered; its text with another signature is not
        var token = await factory.GetTokenAsync("taopu.leader");
        using (var client = factory.CreateClient(token))
        {
            Assert.Empty((await client.PostGraphQLAsync(Viewer)).ErrorCodes());
        }

        var altered = token[..^2] + (token[^2] == 'A' ? "BA" : "AA");

        // act
        using var forged = factory.CreateClient(altered);
        var answer = await forged.PostGraphQLAsync(Viewer);

        // assert
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], answer.ErrorCodes());
        Assert.Equal(2, validations);
    }

    [Fact]
    public void AnEntry_Should_Last_UntilTheTokenExpires_AndNoLongerThanTheStatusCache()
    {
        // arrange
        var time = new SettableTime(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
        var options = Options.Create(new PlatformIdentityOptions { TokenStatusCacheDuration = TimeSpan.FromSeconds(30) });
        var cache = new ValidatedTokenCache(options, time);

        // act
        cache.Add("soon", Principal(time.Now.AddSeconds(10)));
        cache.Add("later", Principal(time.Now.AddHours(1)));
        cache.Add("never", new ClaimsPrincipal(new ClaimsIdentity("test")));
        var atStart = (cache.TryGet("soon", out _), cache.TryGet("later", out _), cache.TryGet("never", out _));
        time.Now = time.Now.AddSeconds(10);
        var atExpiry = (cache.TryGet("soon", out _), cache.TryGet("later", out _));
        time.Now = time.Now.AddSeconds(20);
        var pastTheBound = cache.TryGet("later", out _);

        // assert
        Assert.Equal((true, true, false), atStart);
        Assert.Equal((false, true), atExpiry);
        Assert.False(pastTheBound);
    }

    private static ClaimsPrincipal Principal(DateTimeOffset expires)
    {
        var principal = new ClaimsPrincipal(new ClaimsIdentity("test"));
        principal.SetExpirationDate(expires).SetTokenId("token-id");
        return principal;
    }

    private sealed class SettableTime(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
