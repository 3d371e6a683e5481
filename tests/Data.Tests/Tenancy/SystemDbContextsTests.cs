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
        var pools = new PoolsNotReady();
        var contexts = new SystemDbContexts(pools.Make);

        // act
        var leased = contexts.ReadsLeased;
        var prepared = contexts.ReadStatementsPrepared;
        var walk = contexts.CaseWalk;
        var madeBeforeLease = pools.Made;
        var failure = Assert.Throws<InvalidOperationException>(() => contexts.Unscoped());
        contexts.Dispose();

        // assert
        Assert.Equal(0, leased);
        Assert.Equal(0, prepared);
        Assert.NotNull(walk);
        Assert.Equal(0, madeBeforeLease);
        Assert.Equal(1, pools.Made);
        Assert.Equal(PoolsNotReady.Message, failure.Message);
    }

    [Fact]
    public void DisposingTheContexts_Should_NotMakeThePools_WhenNoneWasLeased()
    {
        // arrange
        var pools = new PoolsNotReady();
        var contexts = new SystemDbContexts(pools.Make);

        // act
        contexts.Dispose();

        // assert
        Assert.Equal(0, pools.Made);
    }

    /// <summary>A pool factory whose model is never ready; counts how often it was asked.</summary>
    private sealed class PoolsNotReady
    {
        public const string Message = "The model is still being built.";

        public int Made { get; private set; }

        public SystemDbContexts.Pools Make()
        {
            Made++;
            throw new InvalidOperationException(Message);
        }
    }
}
