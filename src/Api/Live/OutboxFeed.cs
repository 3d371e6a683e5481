using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Data;
using Platform.Data.Tenancy;

namespace Platform.Api.Live;

/// <summary>
/// This replica's reader of the outbox: from the position it started at, it reads the rows past
/// the last one it handed on, in position order, and hands each batch to every connection of this
/// replica. Rows are only read, never claimed or removed, so every replica sees every row and each
/// subscriber — connected to exactly one replica — hears of each change once. A missing position
/// is waited for (<see cref="LiveOptions.GapWait"/>) before it is passed; rows past the retention
/// are pruned, always keeping the newest so that positions keep rising on SQLite.
/// </summary>
public sealed class OutboxFeed(
    SystemDbContexts contexts, PlatformStartup startup, IClock clock, IOptions<LiveOptions> options, ILogger<OutboxFeed> log)
    : BackgroundService
{
    private readonly Lock _gate = new();
    private readonly List<ChannelWriter<IReadOnlyList<LiveNotice>>> _listeners = [];
    private long _position = -1;
    private long? _gapSince;

    /// <summary>Adds a connection's inbox; the returned handle removes it.</summary>
    public IDisposable Listen(ChannelWriter<IReadOnlyList<LiveNotice>> inbox)
    {
        lock (_gate)
        {
            _listeners.Add(inbox);
        }

        return new Listener(this, inbox);
    }

    /// <summary>Reads once: the rows past the position, handed to every inbox. Returns how many were handed on.</summary>
    public async Task<int> PollAsync(CancellationToken ct)
    {
        await using var db = contexts.Unscoped();
        if (_position < 0)
        {
            _position = await db.OutboxEvents.MaxAsync(e => (long?)e.Id, ct) ?? 0;
        }

        var rows = await db.OutboxEvents.AsNoTracking()
            .Where(e => e.Id > _position)
            .OrderBy(e => e.Id)
            .Take(options.Value.BatchSize)
            .Select(e => new LiveNotice(e.Id, e.CaseId, e.CaseEventId))
            .ToListAsync(ct);
        var batch = new List<LiveNotice>();
        foreach (var row in rows)
        {
            if (row.Position != _position + 1 && !GapWaitedOut())
            {
                break;
            }

            _gapSince = null;
            batch.Add(row);
            _position = row.Position;
        }

        if (batch.Count > 0)
        {
            Publish(batch);
        }

        return batch.Count;
    }

    /// <summary>Deletes the rows older than the retention, except the newest.</summary>
    public async Task<int> PruneAsync(CancellationToken ct)
    {
        await using var db = contexts.Unscoped();
        var cutoff = clock.UtcNow - options.Value.Retention;
        var newest = await db.OutboxEvents.MaxAsync(e => (long?)e.Id, ct) ?? 0;
        return await db.OutboxEvents.Where(e => e.RecordedAt < cutoff && e.Id < newest).ExecuteDeleteAsync(ct);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await startup.WaitAsync(stoppingToken);
        var lastPrune = Stopwatch.GetTimestamp();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PollAsync(stoppingToken);
                if (Stopwatch.GetElapsedTime(lastPrune) > TimeSpan.FromMinutes(1))
                {
                    lastPrune = Stopwatch.GetTimestamp();
                    await PruneAsync(stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogWarning(ex, "Reading the outbox failed; trying again.");
            }

            try
            {
                await Task.Delay(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private bool GapWaitedOut()
    {
        _gapSince ??= Stopwatch.GetTimestamp();
        return Stopwatch.GetElapsedTime(_gapSince.Value) >= options.Value.GapWait;
    }

    private void Publish(IReadOnlyList<LiveNotice> batch)
    {
        lock (_gate)
        {
            foreach (var inbox in _listeners)
            {
                // A connection that cannot keep up loses its inbox's oldest batches, not the others' deliveries.
                inbox.TryWrite(batch);
            }
        }
    }

    private sealed class Listener(OutboxFeed feed, ChannelWriter<IReadOnlyList<LiveNotice>> inbox) : IDisposable
    {
        public void Dispose()
        {
            lock (feed._gate)
            {
                feed._listeners.Remove(inbox);
            }
        }
    }
}
