using GraphQL.Types;

namespace Platform.Api.GraphQL.Mediation;

public sealed class MediatorInputType : InputObjectGraphType<MediatorInput>
{
    public MediatorInputType()
    {
        Name = "MediatorInput";
        Field<NonNullGraphType<MediatorKindEnum>>("kind");
        Field(m => m.Name, nullable: true).Description("Required for STAFF; an ELDER's name is taken from the elder.");
        Field<IdGraphType>("elderId").Description("Required for ELDER: an active elder of the session's workroom.");
        Field(m => m.Organization, nullable: true).Description("A STAFF mediator's organization, e.g. 桃浦司法所; an ELDER's is the workroom.");
    }
}
