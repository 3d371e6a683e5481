using Platform.Api.GraphQL.Common.Filtering;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Cases;

public sealed class CaseEventFilterInputType : FilterInputType<CaseEvent>
{
    public CaseEventFilterInputType()
    {
        Name = "CaseEventFilterInput";
        Field<CaseEventKind, CaseEventKindEnum>("kind", e => e.Kind);
        Field("occurredAt", e => e.OccurredAt);
        Field("actorName", e => e.ActorName);
        ObjectField<Case, CaseFilterInputType>("case", e => e.Case);
    }
}
