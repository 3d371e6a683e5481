using GraphQL.Types;
using Platform.Api.GraphQL.Cases;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Projection;
using Platform.Data.Entities;
using Platform.Workflow.Duplicates;

namespace Platform.Api.GraphQL.Duplicates;

public sealed class PossibleDuplicateType : ObjectGraphType<PossibleDuplicate>
{
    public PossibleDuplicateType()
    {
        Name = "PossibleDuplicate";
        Description = "A visible case registered within the window (Cases:Duplicates:WindowDays, 180 by default) that may repeat the given one.";
        Field<NonNullGraphType<CaseType>>("case")
            .ResolveWith((c, x) => EntityLoaders.ById<Case>(c, x.CaseId).ValueOrPending());
        Field(d => d.Reason, type: typeof(NonNullGraphType<DuplicateReasonEnum>));
    }
}
