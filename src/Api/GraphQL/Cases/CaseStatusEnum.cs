using GraphQL.Types;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Cases;

public sealed class CaseStatusEnum : EnumerationGraphType<CaseStatus>
{
    public CaseStatusEnum()
    {
        Name = "CaseStatus";
        Description = "The state of a case in its lifecycle.";
    }
}
