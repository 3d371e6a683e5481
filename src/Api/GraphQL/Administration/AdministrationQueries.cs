using GraphQL.Types;
using Platform.Api.GraphQL.Common.Errors;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Paging;
using Platform.Api.Tenancy;
using Platform.Identity;

namespace Platform.Api.GraphQL.Administration;

public static class AdministrationQueries
{
    public static void AddAdministrationFields(this ObjectGraphType query)
    {
        query.ConnectionField<AuditEntryType>("auditEntries")
            .Description("The administration history of the admin's subtree, newest first; for admins only (AUTH_NOT_AUTHORIZED otherwise).")
            .PagingArguments()
            .ResolveAsync(async c =>
            {
                if (!c.RequestServices!.GetRequiredService<CurrentPrincipal>().Roles.Contains(PlatformRoles.Admin))
                {
                    throw PlatformErrors.Coded(PlatformErrors.AuthNotAuthorized, "Only an admin may read the administration history.");
                }

                return await Connections.ResolveAsync(c, db => db.AuditEntries, q => q.OrderByDescending(e => e.OccurredAt));
            });
    }
}
