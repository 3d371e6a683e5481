using GraphQL;
using GraphQL.Types;
using Platform.Api.GraphQL.Cases;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Workflow.Duplicates;

namespace Platform.Api.GraphQL.Duplicates;

public static class DuplicateQueries
{
    public static void AddDuplicateFields(this ObjectGraphType query)
    {
        query.Field<ListGraphType<NonNullGraphType<PossibleDuplicateType>>>("possibleDuplicates")
            .Description("Visible cases that may repeat the case (重复信访): the same petitioner first, then similar text; "
                + "null with NOT_FOUND when the case is not visible.")
            .Argument<NonNullGraphType<IdGraphType>>("caseId")
            .ResolveAsync(async c =>
            {
                if (GlobalId.DecodeKey(c.GetArgument<string>("caseId"), CaseType.TypeName) is not { } id)
                {
                    return NodeQueries.NotFound(c);
                }

                // The request's tenant-bound read context: the case, its petitioners and every candidate
                // are read through the tenant filters (DuplicateTests: 安图's petitioner never shows for 楼浦村).
                var finder = c.RequestServices!.GetRequiredService<DuplicateFinder>();
                return await EntityLoaders.FetchAsync(c, db => finder.FindAsync(db, id, c.CancellationToken))
                    ?? NodeQueries.NotFound(c);
            });
    }
}
