using Platform.Api.GraphQL.Common.Filtering;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Api.GraphQL.Units;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Cases;

/// <summary>Filters on a case's own fields; petitioners' personal data is deliberately not filterable.</summary>
public sealed class CaseFilterInputType : FilterInputType<Case>
{
    public CaseFilterInputType()
    {
        Name = "CaseFilterInput";
        Field("number", c => c.Number);
        Field("title", c => c.Title);
        Field("description", c => c.Description);
        Field<CaseCategory, CaseCategoryEnum>("category", c => c.Category);
        Field<Channel, ChannelEnum>("channel", c => c.Channel);
        Field<ReceptionForm, ReceptionFormEnum>("receptionForm", c => c.ReceptionForm);
        Field<CaseStatus, CaseStatusEnum>("status", c => c.Status);
        Field("headcount", c => c.Headcount);
        Field("registeredAt", c => c.RegisteredAt);
        Field("acceptDueAt", c => c.AcceptDueAt);
        Field("acceptedAt", c => c.AcceptedAt);
        Field("resolveDueAt", c => c.ResolveDueAt);
        Field("resolvedAt", c => c.ResolvedAt);
        Field("closedAt", c => c.ClosedAt);
        Field("deadlineExtended", c => c.DeadlineExtended);
        Field("leaderOwnerUserId", c => c.LeaderOwnerId);
        Field("dueAt", CaseDeadlines.DueAt);

        // Whether a case is overdue depends on when the query runs: the condition is built per
        // request from the injectable clock, and its time becomes a parameter of that execution.
        ComputedField("overdue", services => CaseDeadlines.Overdue(CaseDeadlines.Now(services)))
            .Description = "Whether the deadline that applies now (dueAt) has passed.";
        ComputedField("dueSoon", services => CaseDeadlines.DueSoon(CaseDeadlines.Now(services), CaseDeadlines.DueSoonDays(services)))
            .Description = "Whether the case is not overdue but due within the policy's due-soon days.";
        IdField("ownerUnitId", c => c.OwnerUnitId, id => GlobalId.DecodeKey(id, UnitType.TypeName));
        IdField("handlingUnitId", c => c.HandlingUnitId, id => GlobalId.DecodeKey(id, UnitType.TypeName));
        ObjectField<Unit, UnitFilterInputType>("ownerUnit", c => c.OwnerUnit);
        ObjectField<Unit, UnitFilterInputType>("handlingUnit", c => c.HandlingUnit);
        ListField<CaseEvent, CaseEventFilterInputType>("events", c => c.Events);
    }
}
