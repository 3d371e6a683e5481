using GraphQL.Types;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Cases;

public sealed class CaseEventKindEnum : EnumerationGraphType<CaseEventKind>
{
    public CaseEventKindEnum()
    {
        Name = "CaseEventKind";
        Description = "What happened in a timeline entry.";
    }
}
