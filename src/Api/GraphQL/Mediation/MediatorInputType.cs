using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Api.GraphQL.Workrooms;
using Platform.Workflow.Mediation;

namespace Platform.Api.GraphQL.Mediation;

public sealed class MediatorInputType : MutationInputType<MediatorInput>
{
    public MediatorInputType()
    {
        Name = "MediatorInput";
        Field<NonNullGraphType<MediatorKindEnum>>("kind");
        Field(m => m.Name, nullable: true).Description("Required for STAFF; an ELDER's name is taken from the elder.");
        this.OptionalId("elderId", ElderType.TypeName).Description("Required for ELDER: an active elder of the session's workroom.");
        Field(m => m.Organization, nullable: true).Description("A STAFF mediator's organization, e.g. 桃浦司法所; an ELDER's is the workroom.");
    }
}
