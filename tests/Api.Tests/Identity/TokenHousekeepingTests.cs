using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using Platform.Api.Tests.Infrastructure;
using Platform.Identity.Tokens;

namespace Platform.Api.Tests.Identity;

/// <summary>Issue 8 item 6: revoked tokens fail on every replica, and old tokens are pruned.</summary>
public sealed class TokenHousekeepingTests : IDisposable
{
    private readonly PlatformFactory first = new();

    public void Dispose() => first.Dispose();

    [Fact]
    public async Task ATokenRevokedOnOneReplica_Should_Fail_OnAnother()
    {
        // arrange
        using var second = PlatformFactory.SharingDatabaseWith(first);
        var token = await first.GetTokenAsync("taopu.leader");
        using (var before = second.CreateClient(token))
        {
            Assert.Empty((await before.PostGraphQLAsync("{ viewer { name } }")).ErrorCodes());
        }

        // act: the second replica has read the status once and keeps it; a third starts cold
        using var third = PlatformFactory.SharingDatabaseWith(first);
        await RevokeSubjectAsync(first, Jwt.Payload(token).GetProperty("sub").GetString()!);

        // assert
        using var onFirst = first.CreateClient(token);
        using var onThird = third.CreateClient(token);
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], (await onFirst.PostGraphQLAsync("{ viewer { name } }")).ErrorCodes());
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], (await onThird.PostGraphQLAsync("{ viewer { name } }")).ErrorCodes());
    }

    [Fact]
    public async Task Pruning_Should_Delete_RevokedTokens_OnceOldEnough()
    {
        // arrange
        var token = await first.GetTokenAsync("taopu.leader");
        await RevokeSubjectAsync(first, Jwt.Payload(token).GetProperty("sub").GetString()!);
        var pruning = first.Services.GetRequiredService<TokenPruningService>();

        var options = first.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Platform.Identity.PlatformIdentityOptions>>().Value;

        // act: nothing is old enough under the default PruneAfter (a day); then everything is
        var (young, _) = await pruning.PruneAsync(CancellationToken.None);
        var kept = await CountAsync(first, "taopu.leader");
        options.PruneAfter = TimeSpan.FromMinutes(-1);
        var (old, _) = await pruning.PruneAsync(CancellationToken.None);

        // assert
        Assert.Equal(0, young);
        Assert.Equal(1, kept);
        Assert.True(old >= 1);
        Assert.Equal(0, await CountAsync(first, "taopu.leader"));
    }

    private static async Task RevokeSubjectAsync(PlatformFactory factory, string subject)
    {
        using var scope = factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>().RevokeBySubjectAsync(subject);
    }

    private static async Task<long> CountAsync(PlatformFactory factory, string userName)
    {
        using var scope = factory.Services.CreateScope();
        var subject = Platform.Data.Seeding.DemoAccounts.IdOf(userName);
        var count = 0L;
        await foreach (var _ in scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>().FindBySubjectAsync(subject))
        {
            count++;
        }

        return count;
    }
}
