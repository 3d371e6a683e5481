using Platform.Api.GraphQL.Common.Sorting;
using Platform.Api.GraphQL.Units;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Cases;

public sealed class CaseSortInputType : SortInputType<Case>
{
    public CaseSortInputType()
    {
        Name = "CaseSortInput";
        Field("number", c => c.Number);
        Field("title", c => c.Title);
        Field("category", c => c.Category);
        Field("channel", c => c.Channel);
        Field("status", c => c.Status);
        Field("headcount", c => c.Headcount);
        Field("registeredAt", c => c.RegisteredAt);
        Field("acceptDueAt", c => c.AcceptDueAt);
        Field("resolveDueAt", c => c.ResolveDueAt);
        Field("dueAt", CaseDeadlines.DueAt);
        Field("resolvedAt", c => c.ResolvedAt);
        Field("closedAt", c => c.ClosedAt);
        ObjectField<Unit, UnitSortInputType>("ownerUnit", c => c.OwnerUnit);
        ObjectField<Unit, UnitSortInputType>("handlingUnit", c => c.HandlingUnit);
    }
}
