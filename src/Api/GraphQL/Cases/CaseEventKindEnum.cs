using Platform.Api.GraphQL.Common.Enums;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Cases;

public sealed class CaseEventKindEnum : ConstantCaseEnum<CaseEventKind>
{
    public CaseEventKindEnum()
    {
        Name = "CaseEventKind";
        Description = "What happened in a timeline entry.";
    }
}
