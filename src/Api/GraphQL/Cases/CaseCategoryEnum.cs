using GraphQL.Types;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Cases;

public sealed class CaseCategoryEnum : EnumerationGraphType<CaseCategory>
{
    public CaseCategoryEnum()
    {
        Name = "CaseCategory";
        Description = "The subject area of a case.";
    }
}
