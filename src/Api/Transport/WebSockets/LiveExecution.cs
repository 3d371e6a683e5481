using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Subscriptions;

namespace Platform.Api.Transport.WebSockets;

/// <summary>Executes a request of a WebSocket connection through the same pipeline (limits, authentication, validation) as HTTP.</summary>
internal sealed class LiveExecution(IDocumentExecuter<ISchema> executer)
{
    /// <summary>Executes <paramref name="request"/> (its <paramref name="document"/> when already parsed) with <paramref name="root"/>.</summary>
    public async Task<(ExecutionResult Result, GraphQLDocument? Document, IDictionary<string, object?> UserContext)> ExecuteAsync(
        HttpContext connection, GraphQLRequest request, GraphQLDocument? document, object? root, IServiceProvider services, CancellationToken ct)
    {
        var userContext = new Dictionary<string, object?>();
        LiveRegistration.MarkWebSocket(userContext);
        var options = new ExecutionOptions
        {
            Query = request.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            Root = root,
            RequestServices = new RequestServiceCache(services),
            User = connection.User,
            UserContext = userContext,
            CancellationToken = ct,
        };
        var result = await executer.ExecuteAsync(options);
        return (result, options.Document, userContext);
    }

    /// <summary>The first result of the subscription's stream, or null when it completes without one.</summary>
    public static async Task<ExecutionResult?> FirstAsync(ExecutionResult result, CancellationToken ct)
    {
        if (result.Streams is not { Count: > 0 } streams)
        {
            return null;
        }

        var first = new TaskCompletionSource<ExecutionResult?>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = streams.Values.First().Subscribe(new FirstObserver(first));
        return await first.Task.WaitAsync(ct);
    }

    private sealed class FirstObserver(TaskCompletionSource<ExecutionResult?> first) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value) => first.TrySetResult(value);

        public void OnError(Exception error) => first.TrySetException(error);

        public void OnCompleted() => first.TrySetResult(null);
    }
}
