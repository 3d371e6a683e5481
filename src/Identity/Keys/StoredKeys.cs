using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Platform.Data;
using Platform.Data.Entities;
using Platform.Data.Tenancy;

namespace Platform.Identity.Keys;

/// <summary>
/// Keys kept in the <c>SigningKeys</c> table by use, so that restarts and every replica on one
/// database share them: the first process that finds none of a use creates one.
/// </summary>
public static class StoredKeys
{
    /// <summary>The stored keys of <paramref name="use"/>, newest first; <paramref name="create"/> makes the first one when there is none.</summary>
    public static IReadOnlyList<SigningKey> LoadOrCreate(
        SystemDbContexts contexts, TimeProvider clock, ILogger logger, string use, Func<DateTime, SigningKey> create)
    {
        using var db = contexts.Unscoped();
        var stored = Stored(db, use);
        if (stored.Count > 0)
        {
            return stored;
        }

        try
        {
            // The execution strategy retries the whole transaction when SQL Server picks it
            // as a deadlock victim; the retry then reads the winner's key.
            return db.Database.CreateExecutionStrategy().Execute(() => InsertIfMissing(db, clock, logger, use, create));
        }
        catch (DbUpdateException)
        {
            // Another replica inserted its key between our read and our insert.
            db.ChangeTracker.Clear();
            stored = Stored(db, use);
            return stored.Count > 0 ? stored : throw new InvalidOperationException($"No {use} key could be stored or read.");
        }
    }

    private static List<SigningKey> InsertIfMissing(
        PlatformDbContext db, TimeProvider clock, ILogger logger, string use, Func<DateTime, SigningKey> create)
    {
        db.ChangeTracker.Clear();

        // Serializable: replicas starting together on an empty table take turns here (SQLite
        // begins the transaction IMMEDIATE), and only the first one inserts.
        using var transaction = db.Database.BeginTransaction(IsolationLevel.Serializable);
        var stored = Stored(db, use);
        if (stored.Count > 0)
        {
            return stored;
        }

        var key = create(clock.GetUtcNow().UtcDateTime);
        db.SigningKeys.Add(key);
        db.SaveChanges();
        transaction.Commit();
        logger.LogInformation("Created the {Use} key {KeyId}", use, key.Id);
        return [key];
    }

    private static List<SigningKey> Stored(PlatformDbContext db, string use) =>
        db.SigningKeys.AsNoTracking()
            .Where(k => k.Use == use)
            .OrderByDescending(k => k.CreatedAt).ThenBy(k => k.Id)
            .ToList();
}
