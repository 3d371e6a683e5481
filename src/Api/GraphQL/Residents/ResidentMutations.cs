using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Workflow.Residents;

namespace Platform.Api.GraphQL.Residents;

/// <summary>The residents' channel (<see cref="PetitionDesk"/>), for a client holding petitions.submit.</summary>
public static class ResidentMutations
{
    public static void AddResidentMutations(this ObjectGraphType mutation)
    {
        mutation.ResultMutation<SubmitPetitionInput, PetitionReceipt>("submitPetition", new SubmitPetitionInputType(),
            "Submits a resident's petition from a unit's QR code (channel QR_CODE) into that unit's queue; returns the receipt. " +
            "Needs petitions.submit; limited per device (X-Resident-Device).",
            p => p.Field<PetitionReceiptType>("receipt").Resolve(c => c.Source.Result),
            (input, m) => ResidentCalls.SubmitAsync(m.Services, input, m.CancellationToken));
        mutation.ResultMutation<RateResolutionInput, PetitionStatus>("rateResolution", new RateResolutionInputType(),
            "Records the petitioner's satisfaction with a resolved case, once; counted apart from staff verifications. Needs petitions.submit.",
            p => p.Field<PetitionStatusType>("petition").Resolve(c => c.Source.Result),
            (input, m) => ResidentCalls.WithReceiptAsync(m.Services, (desk, actor) => desk.RateAsync(actor, input, m.CancellationToken)));
    }
}
