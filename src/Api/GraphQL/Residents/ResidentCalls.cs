using GraphQL;
using Platform.Api.Operations.RateLimits;
using Platform.Api.Tenancy;
using Platform.Workflow.Common;
using Platform.Workflow.Residents;

namespace Platform.Api.GraphQL.Residents;

/// <summary>Calls into <see cref="PetitionDesk"/> behind the residents' throttle: a wrong receipt counts as a miss.</summary>
internal static class ResidentCalls
{
    public static Task<PetitionReceipt> SubmitAsync(IServiceProvider services, SubmitPetitionInput input, CancellationToken ct)
    {
        var (actor, http, throttle) = Caller(services);
        ResidentAccess.RequirePortal(actor);
        throttle.RequireSubmission(http, actor.Subject);
        return services.GetRequiredService<PetitionDesk>().SubmitAsync(actor, input, ct);
    }

    /// <summary>A call that looks a receipt up: refused while the caller's misses are used up; a NOT_FOUND counts as one more.</summary>
    public static async Task<T> WithReceiptAsync<T>(IServiceProvider services, Func<PetitionDesk, Actor, Task<T>> call)
    {
        var (actor, http, throttle) = Caller(services);
        ResidentAccess.RequirePortal(actor);
        throttle.RequireLookup(http, actor.Subject);
        try
        {
            return await call(services.GetRequiredService<PetitionDesk>(), actor);
        }
        catch (NotFoundException)
        {
            throttle.Missed(http, actor.Subject);
            throw;
        }
    }

    private static (Actor Actor, HttpContext? Http, ResidentThrottle Throttle) Caller(IServiceProvider services) => (
        services.GetRequiredService<CurrentPrincipal>().Actor,
        services.GetRequiredService<IHttpContextAccessor>().HttpContext,
        services.GetRequiredService<ResidentThrottle>());
}
