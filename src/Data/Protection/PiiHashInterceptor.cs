using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Platform.Data.Entities;

namespace Platform.Data.Protection;

/// <summary>
/// Keeps a petitioner's lookup hashes beside its encrypted ID number and phone on every save, so
/// that no writer (workflow, seed, tool) can store one without the other.
/// </summary>
internal sealed class PiiHashInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Stamp(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries<Petitioner>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Entity.IdNumberHash = PiiCipher.Hash(entry.Entity.IdNumber);
                entry.Entity.PhoneHash = PiiCipher.Hash(entry.Entity.Phone);
            }
        }
    }
}
