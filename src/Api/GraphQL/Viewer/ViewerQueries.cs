using GraphQL.Types;
using Platform.Api.Tenancy;

namespace Platform.Api.GraphQL.Viewer;

public static class ViewerQueries
{
    public static void AddViewerFields(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ViewerType>>("viewer")
            .Description("The authenticated caller.")
            .Resolve(c => c.RequestServices!.GetRequiredService<CurrentPrincipal>());
    }
}
