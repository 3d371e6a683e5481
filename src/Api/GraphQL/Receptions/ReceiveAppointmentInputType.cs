using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Workflow.Receptions;

namespace Platform.Api.GraphQL.Receptions;

public sealed class ReceiveAppointmentInputType : MutationInputType<ReceiveAppointmentInput>
{
    public ReceiveAppointmentInputType()
    {
        Name = "ReceiveAppointmentInput";
        this.Reference("appointmentId", ReceptionAppointmentType.TypeName, "A booked appointment.", "The appointment's version as the client read it.");
    }
}
