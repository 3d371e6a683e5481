using GraphQL;
using Microsoft.EntityFrameworkCore;
using Platform.Api.Tenancy;
using Platform.Data;

namespace Platform.Api.GraphQL.Common.Mutations;

/// <summary>Runs a mutation's work and turns refused rules into typed payload errors, in one place.</summary>
public static class MutationRunner
{
    public static async Task<MutationPayload> RunAsync(IResolveFieldContext context, Func<MutationContext, Task<int>> work)
    {
        var services = context.RequestServices!;
        var factory = services.GetRequiredService<IDbContextFactory<PlatformDbContext>>();
        await using var db = await factory.CreateDbContextAsync(context.CancellationToken);
        var mutation = new MutationContext(
            services.GetRequiredService<CurrentPrincipal>(), db, services.GetRequiredService<IClock>(), services, context.CancellationToken);
        try
        {
            return MutationPayload.Success(await work(mutation));
        }
        catch (DomainException refused)
        {
            return MutationPayload.Failure(refused.Errors);
        }
        catch (DbUpdateConcurrencyException conflict)
        {
            // Another request saved the same object between our read and our write.
            var entry = conflict.Entries.FirstOrDefault();
            var current = entry is null ? null : await entry.GetDatabaseValuesAsync(context.CancellationToken);
            var version = current?.TryGetValue<int>("Version", out var v) == true ? v : 0;
            return MutationPayload.Failure(new ConcurrencyConflictException(version).Errors);
        }
    }
}
