using GraphQL.DataLoader;

namespace Platform.Api.GraphQL.Common.Loading;

/// <summary>A value that a loader will produce once its batch is dispatched.</summary>
internal sealed class PendingResult<T>(Func<CancellationToken, Task<T>> resolve) : IDataLoaderResult<T>
{
    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => resolve(cancellationToken);

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken)
        => await GetResultAsync(cancellationToken).ConfigureAwait(false);
}
