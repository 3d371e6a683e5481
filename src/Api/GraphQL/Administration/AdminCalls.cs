using Platform.Api.GraphQL.Common.Mutations;
using Platform.Identity.Administration;

namespace Platform.Api.GraphQL.Administration;

/// <summary>Calls an administration rule as the request's principal and turns its refusals into payload errors.</summary>
public static class AdminCalls
{
    public static async Task<T> RunAsync<TRules, T>(MutationContext m, Func<TRules, AdminActor, Task<T>> act)
        where TRules : notnull
    {
        var p = m.Principal;
        if (!p.IsAuthenticated || p.Subject is null)
        {
            throw new NotAuthorizedException("Only an admin holding 'platform.write' may do this.");
        }

        var actor = new AdminActor(p.Subject, p.Name ?? p.Subject, p.UnitId ?? 0, p.UnitPath!, p.Roles, p.Scopes);
        try
        {
            return await act(m.Services.GetRequiredService<TRules>(), actor);
        }
        catch (AdministrationException refused)
        {
            throw refused.Kind switch
            {
                AdminErrorKind.Validation => new InvalidInputException(refused.Field!, refused.Message),
                AdminErrorKind.NotFound => new NotFoundException(refused.Subject!),
                AdminErrorKind.InvalidState => new InvalidTransitionException(refused.Subject!, refused.CurrentStatus!),
                _ => new NotAuthorizedException(refused.Message),
            };
        }
    }
}
