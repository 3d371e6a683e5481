using GraphQL;
using Microsoft.EntityFrameworkCore;
using Platform.Api.Tenancy;
using Platform.Data;
using Platform.Workflow.Common;

namespace Platform.Api.GraphQL.Common.Mutations;

/// <summary>Runs a mutation's work and turns refused rules (domain errors) into typed payload errors, in one place.</summary>
public static class MutationRunner
{
    /// <summary>A workflow call: the actor is the request's principal; the workflow opens its own unit of work.</summary>
    public static async Task<MutationPayload> RunAsync(
        IResolveFieldContext context, Func<IServiceProvider, Actor, CancellationToken, Task<int>> call)
    {
        var services = context.RequestServices!;
        try
        {
            return MutationPayload.Success(await call(services, services.GetRequiredService<CurrentPrincipal>().Actor, context.CancellationToken));
        }
        catch (DomainException refused)
        {
            return MutationPayload.Failure(refused.Errors);
        }
    }

    /// <summary>A mutation written against a <see cref="MutationContext"/> of its own (a tracked context bound to the caller's scope).</summary>
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
            return MutationPayload.Failure((await ChangeRunner.ConflictAsync(conflict, context.CancellationToken)).Errors);
        }
    }
}
