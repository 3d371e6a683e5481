using GraphQL;

namespace Platform.Api.GraphQL.Subscriptions;

/// <summary>
/// The source streams of the subscription fields. A delivery executes the document with a
/// <see cref="LiveDelivery"/> as root value: the stream yields its payload once. Otherwise the
/// execution is the subscription's start: the field records what it listens for in the user
/// context, where the transport finds it (<see cref="Of"/>), and its stream stays silent.
/// </summary>
public static class LiveRegistration
{
    private const string Key = "platform:live";
    private const string WebSocketKey = "platform:websocket";

    /// <summary>Marks an execution as coming over WebSocket, the one transport that serves subscriptions.</summary>
    public static void MarkWebSocket(IDictionary<string, object?> userContext) => userContext[WebSocketKey] = true;

    public static bool OverWebSocket(IDictionary<string, object?> userContext) => userContext.ContainsKey(WebSocketKey);

    public static ILiveSubscription? Of(IDictionary<string, object?> userContext) =>
        userContext.TryGetValue(Key, out var value) ? value as ILiveSubscription : null;

    public static async Task<IObservable<object?>> StreamAsync(IResolveFieldContext context, Func<Task<ILiveSubscription>> register)
    {
        if (context.RootValue is LiveDelivery delivery)
        {
            return new OneEvent(delivery.Payload);
        }

        context.UserContext[Key] = await register();
        return new OneEvent(null, silent: true);
    }

    /// <summary>Yields one value and completes, or (silent) never yields.</summary>
    private sealed class OneEvent(object? value, bool silent = false) : IObservable<object?>
    {
        public IDisposable Subscribe(IObserver<object?> observer)
        {
            if (!silent)
            {
                observer.OnNext(value);
                observer.OnCompleted();
            }

            return Nothing.Instance;
        }
    }

    private sealed class Nothing : IDisposable
    {
        public static readonly Nothing Instance = new();

        public void Dispose()
        {
        }
    }
}
