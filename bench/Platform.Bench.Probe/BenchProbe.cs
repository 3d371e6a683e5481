using System.Diagnostics;

namespace Platform.Bench.Probe;

/// <summary>
/// Listens for the host being built (to add the probe endpoints) and for SQL commands (EF Core's
/// diagnostic events in the app, the baseline's own in the baseline). Nothing here needs a
/// reference to EF Core or to the server it is loaded into.
/// </summary>
public static class BenchProbe
{
    /// <summary>The diagnostic listener the hand-written baseline reports its commands on.</summary>
    public const string BaselineListener = "Platform.Bench.Baseline";

    /// <summary>The event name, for EF Core and the baseline alike, of a command about to run.</summary>
    public const string CommandExecuting = "CommandExecuting";

    private const string HostingListener = "Microsoft.Extensions.Hosting";
    private const string EfCoreListener = "Microsoft.EntityFrameworkCore";

    private static IDisposable? subscription;

    public static void Install() =>
        subscription ??= DiagnosticListener.AllListeners.Subscribe(new Observer<DiagnosticListener>(OnListener));

    private static void OnListener(DiagnosticListener listener)
    {
        switch (listener.Name)
        {
            case HostingListener:
                listener.Subscribe(new Observer<KeyValuePair<string, object?>>(HostHook.OnHostingEvent));
                break;
            case EfCoreListener or BaselineListener:
                // Asked before every command: off, EF Core builds no event data at all, so the probe
                // costs the app nothing outside the windows in which the bench captures commands.
                listener.Subscribe(
                    new Observer<KeyValuePair<string, object?>>(SqlLog.OnCommandEvent),
                    name => SqlLog.Capturing && name.EndsWith(CommandExecuting, StringComparison.Ordinal));
                break;
        }
    }

    private sealed class Observer<T>(Action<T> onNext) : IObserver<T>
    {
        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void OnNext(T value) => onNext(value);
    }
}
