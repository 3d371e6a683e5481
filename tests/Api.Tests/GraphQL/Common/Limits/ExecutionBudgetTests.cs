using Microsoft.Extensions.DependencyInjection;
using Platform.Api.GraphQL.Common.Errors;
using Platform.Api.Tests.Support;

namespace Platform.Api.Tests.GraphQL.Common.Limits;

/// <summary>
/// The request's token reaches the resolvers: a request past <c>GraphQL:ExecutionTimeout</c>, or
/// one whose client went away, stops its work. The tests wait for the resolver to observe the
/// cancellation, never for a time.
/// </summary>
public sealed class ExecutionBudgetTests
{
    // Long enough to fail loudly instead of hanging; never reached when the code works.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task ARequestPastTheExecutionTimeout_Should_End_WithTimeout_AndCancelItsResolvers()
    {
        // arrange
        await using var host = await GraphQLTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["GraphQL:ExecutionTimeout"] = "00:00:01",
        });
        var probe = host.Services.GetRequiredService<CancellationProbe>();

        // act
        var response = await host.PostAsync("{ wait }").WaitAsync(Patience);

        // assert
        var body = await response.ReadJsonAsync();
        Assert.Equal(PlatformErrors.Timeout, body.ErrorCode());
        await probe.Cancelled.Task.WaitAsync(Patience);
    }

    [Fact]
    public async Task ARequestWhoseClientGoesAway_Should_CancelItsResolvers()
    {
        // arrange
        await using var host = await GraphQLTestHost.StartAsync();
        var probe = host.Services.GetRequiredService<CancellationProbe>();
        using var abort = new CancellationTokenSource();
        var request = host.PostAsync("{ wait }", cancellationToken: abort.Token);
        await probe.Started.Task.WaitAsync(Patience);

        // act
        await abort.CancelAsync();

        // assert
        await probe.Cancelled.Task.WaitAsync(Patience);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
    }
}
