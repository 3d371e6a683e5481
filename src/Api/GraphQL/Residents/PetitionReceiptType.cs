using GraphQL.Types;
using Platform.Api.GraphQL.Common.Projection;
using Platform.Workflow.Residents;

namespace Platform.Api.GraphQL.Residents;

public sealed class PetitionReceiptType : ObjectGraphType<PetitionReceipt>
{
    public PetitionReceiptType()
    {
        Name = "PetitionReceipt";
        Description = "What the petitioner takes home (printable): the receipt code, shown only this once, and the case number.";
        this.Property(r => r.Receipt).Description("The code for petitionStatus and rateResolution; only its hash is stored.");
        this.Property(r => r.CaseNumber);
        this.Property(r => r.RegisteredAt);
        this.Property(r => r.UnitName).Description("The unit whose queue the petition is in.");
    }
}
