using Platform.Api.GraphQL.Common.Enums;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Cases;

public sealed class CaseCategoryEnum : ConstantCaseEnum<CaseCategory>
{
    public CaseCategoryEnum()
    {
        Name = "CaseCategory";
        Description = "The subject area of a case.";
    }
}
