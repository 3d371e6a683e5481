using Platform.Data.Tenancy;

namespace Platform.Data.Tests.Tenancy;

/// <summary>
/// The system's pools are made on the first lease, so that the services taking them in their
/// constructors (the background services, made while the host starts) do not wait for EF Core's
/// model, which is still being built then.
/// </summary>
public sealed class SystemDbContextsTests
{
    [Fact]
    public void MakingTheContexts_Should_NotMakeThePools_UntilTheFirstLease()
    {
        // arrange
        var made = 0;
        var contexts = new SystemDbContexts(() =>
        {
            made++;
            throw new InvalidOperationException("The model is still being built.");
        });

        // act
        var leased = contexts.ReadsLeased;
        var prepared = contexts.ReadStatementsPrepared;
        var walk = contexts.CaseWalk;
        var madeBeforeLease = made;
        var failure = Assert.Throws<InvalidOperationException>(() => contexts.Unscoped());
        contexts.Dispose();

        // assert
        Assert.Equal(0, leased);
        Assert.Equal(0, prepared);
        Assert.NotNull(walk);
        Assert.Equal(0, madeBeforeLease);
        Assert.Equal(1, made);
        Assert.Equal("The model is still being built.", failure.Message);
    }

    [Fact]
    public void DisposingTheContexts_Should_NotMakeThePools_WhenNoneWasLeased()
    {
        // arrange
        var made = 0;
        var contexts = new SystemDbContexts(() =>
        {
            made++;
            throw new InvalidOperationException("The model is still being built.");
        });

        // act
        contexts.Dispose();

        // assert
        Assert.Equal(0, made);
    }
}
