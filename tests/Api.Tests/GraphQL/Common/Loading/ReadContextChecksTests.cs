using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Tests.Infrastructure;
using Platform.Data;
using Platform.Data.Tenancy;

namespace Platform.Api.Tests.GraphQL.Common.Loading;

/// <summary>
/// The request read path's contexts skip EF Core's check that a context serves one operation at a
/// time (a request's reads take turns on theirs, and the check costs two AsyncLocal writes a row);
/// every other context keeps it, and both read with the one model.
/// </summary>
public sealed class ReadContextChecksTests : IDisposable
{
    private readonly PlatformFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Fact]
    public void ReadContexts_Should_SkipTheThreadSafetyCheck_WhileOtherContexts_KeepIt()
    {
        // arrange
        var contexts = factory.Services.GetRequiredService<SystemDbContexts>();

        // act
        using var read = contexts.ForReading(TenantScope.None);
        using var other = contexts.Unscoped();

        // assert
        Assert.False(ThreadSafetyChecks(read));
        Assert.True(ThreadSafetyChecks(other));
        Assert.Same(other.Model, read.Model);
    }

    private static bool ThreadSafetyChecks(PlatformDbContext context) =>
        context.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()!.ThreadSafetyChecksEnabled;
}
