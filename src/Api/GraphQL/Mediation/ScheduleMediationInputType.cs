using GraphQL.Types;

namespace Platform.Api.GraphQL.Mediation;

public sealed class ScheduleMediationInputType : InputObjectGraphType<ScheduleMediationInput>
{
    public ScheduleMediationInputType()
    {
        Name = "ScheduleMediationInput";
        Field<IdGraphType>("caseId").Description("The case to mediate, if any: visible to the caller, handled or owned by its unit or a descendant.");
        Field<IdGraphType>("workroomId").Description("The workroom that hosts the session, if any (required for ELDER): visible to the caller.");
        Field<NonNullGraphType<MediationKindEnum>>("kind");
        Field(m => m.Subject).Description("At most 200 characters.");
        Field<NonNullGraphType<DateTimeGraphType>>("scheduledAt").Description("When the session is held; must be in the future.");
        Field(m => m.Place).Description("Where the session is held; at most 200 characters.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MediationPartyInputType>>>>("parties").Description("The parties, at least one.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MediatorInputType>>>>("mediators").Description("The mediators, staff or elders of the workroom.");
        Field<IdGraphType>("unitId").Description("The unit that owns the session: the caller's unit (default) or a descendant.");
    }
}
