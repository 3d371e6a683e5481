using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Platform.Api.Tests.Infrastructure;

/// <summary>A logger provider that keeps every entry with its structured state, for tests that read log lines.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    public ConcurrentQueue<Entry> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    public sealed record Entry(string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, object?> State);

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
            logs.Entries.Enqueue(new Entry(category, logLevel, formatter(state, exception), values.ToDictionary(p => p.Key, p => p.Value)));
        }
    }
}
