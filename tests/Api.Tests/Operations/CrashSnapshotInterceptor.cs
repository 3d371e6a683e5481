using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Platform.Data.Entities;

namespace Platform.Api.Tests.Operations;

/// <summary>
/// Stands in for <c>kill -9</c> during demo seeding: right after the cases are written (inside
/// the seeding transaction) it copies the SQLite file and its journal, as a killed process would
/// leave them on disk, into <see cref="SnapshotFolder"/>, and then stops the start-up.
/// </summary>
public sealed class CrashSnapshotInterceptor(string snapshotFolder) : SaveChangesInterceptor
{
    public string SnapshotFolder { get; } = snapshotFolder;

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && db.ChangeTracker.Entries<Case>().Any())
        {
            var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            Directory.CreateDirectory(SnapshotFolder);
            foreach (var suffix in new[] { "", "-journal", "-wal", "-shm" })
            {
                if (File.Exists(file + suffix))
                {
                    File.Copy(file + suffix, Path.Combine(SnapshotFolder, Path.GetFileName(file) + suffix));
                }
            }

            throw new InvalidOperationException("Simulated crash in the middle of demo seeding.");
        }

        return await base.SavedChangesAsync(eventData, result, cancellationToken);
    }
}
