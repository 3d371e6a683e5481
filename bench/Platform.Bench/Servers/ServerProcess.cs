using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace Platform.Bench.Servers;

/// <summary>
/// A server the bench starts as its own child (<c>dotnet &lt;dll&gt;</c>) on a free loopback port,
/// with the probe loaded as a startup hook. Its CPU time is read from <c>/proc/&lt;pid&gt;/stat</c>;
/// it is stopped by its pid (SIGTERM, then SIGKILL) and never outlives the bench.
/// </summary>
internal sealed partial class ServerProcess : IAsyncDisposable
{
    private static readonly double ClockTicksPerSecond = SysConf(2 /* _SC_CLK_TCK */) is var t and > 0 ? t : 100;

    // Servers still running, stopped when the bench exits or is stopped, so that none outlives it.
    private static readonly ConcurrentDictionary<int, Process> Running = new();
    private static readonly PosixSignalRegistration[] Signals =
    [
        PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => KillAll()),
        PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => KillAll()),
    ];

    private readonly Process process;
    private readonly Queue<string> lastLines = new();
    private readonly TaskCompletionSource<Uri> listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServerProcess(string name, Process process)
    {
        Name = name;
        this.process = process;
    }

    public string Name { get; }

    public int Pid => process.Id;

    public Uri Address { get; private set; } = null!;

    /// <summary>When the process was started, for cold-start timing.</summary>
    public long StartedAt { get; private set; }

    /// <summary>Starts the server and returns once it logged its address (it may still be warming up).</summary>
    public static async Task<ServerProcess> StartAsync(
        string name, string dll, IReadOnlyDictionary<string, string> environment, TimeSpan timeout, bool probe = true)
    {
        var info = new ProcessStartInfo("dotnet", [dll])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        info.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        if (probe)
        {
            info.Environment["DOTNET_STARTUP_HOOKS"] = BenchPaths.ProbeDll;
        }

        info.Environment["DOTNET_NOLOGO"] = "1";
        // Per-request logging would be measured as well; the address line is the only one needed.
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var startedAt = Stopwatch.GetTimestamp();
        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {dll}.");
        Running[process.Id] = process;
        var server = new ServerProcess(name, process) { StartedAt = startedAt };
        process.OutputDataReceived += (_, e) => server.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => server.OnLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => server.listening.TrySetException(new InvalidOperationException(
            $"{name} exited with code {process.ExitCode} before listening:{Environment.NewLine}{server.Output}"));

        try
        {
            server.Address = await server.listening.Task.WaitAsync(timeout);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>The last lines the server wrote, for error messages.</summary>
    public string Output
    {
        get
        {
            lock (lastLines)
            {
                return string.Join(Environment.NewLine, lastLines);
            }
        }
    }

    public bool HasExited => process.HasExited;

    /// <summary>User plus system CPU time of the server process so far.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            // Fields after the command name (which may hold spaces) start at "state"; utime and stime are the 12th and 13th.
            var stat = File.ReadAllText($"/proc/{process.Id}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11]) + long.Parse(fields[12]);
            return TimeSpan.FromSeconds(ticks / ClockTicksPerSecond);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Running.TryRemove(process.Id, out _);
        if (!process.HasExited)
        {
            _ = Kill(process.Id, 15);
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill();
                await process.WaitForExitAsync();
            }
        }

        process.Dispose();
    }

    private static void KillAll()
    {
        foreach (var process in Running.Values)
        {
            try
            {
                process.Kill();
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }
        }
    }

    static ServerProcess()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();
        GC.KeepAlive(Signals);
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (lastLines)
        {
            lastLines.Enqueue(line);
            if (lastLines.Count > 40)
            {
                lastLines.Dequeue();
            }
        }

        if (ListeningLine().Match(line) is { Success: true } match)
        {
            listening.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    [DllImport("libc", EntryPoint = "sysconf")]
    private static extern long SysConf(int name);
}
