using GraphQL.Types;
using Platform.Api.GraphQL.Cases;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Api.GraphQL.Units;
using Platform.Api.GraphQL.Workrooms;
using Platform.Workflow.Mediation;

namespace Platform.Api.GraphQL.Mediation;

public sealed class ScheduleMediationInputType : MutationInputType<ScheduleMediationInput>
{
    public ScheduleMediationInputType()
    {
        Name = "ScheduleMediationInput";
        this.OptionalId("caseId", CaseType.TypeName).Description("The case to mediate, if any: visible to the caller, handled or owned by its unit or a descendant.");
        this.OptionalId("workroomId", WorkroomType.TypeName).Description("The workroom that hosts the session, if any (required for ELDER): visible to the caller.");
        Field<NonNullGraphType<MediationKindEnum>>("kind");
        Field(m => m.Subject).Description("At most 200 characters.");
        Field<NonNullGraphType<DateTimeGraphType>>("scheduledAt").Description("When the session is held; must be in the future.");
        Field(m => m.Place).Description("Where the session is held; at most 200 characters.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MediationPartyInputType>>>>("parties").Description("The parties, at least one.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MediatorInputType>>>>("mediators").Description("The mediators, staff or elders of the workroom.");
        this.OptionalId("unitId", UnitType.TypeName).Description("The unit that owns the session: the caller's unit (default) or a descendant.");
    }
}
