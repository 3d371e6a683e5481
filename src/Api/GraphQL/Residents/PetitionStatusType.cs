using GraphQL.Types;
using Platform.Api.GraphQL.Cases;
using Platform.Api.GraphQL.Common.Projection;
using Platform.Workflow.Residents;

namespace Platform.Api.GraphQL.Residents;

public sealed class PetitionStatusType : ObjectGraphType<PetitionStatus>
{
    public PetitionStatusType()
    {
        Name = "PetitionStatus";
        Description = "What a petitioner may see of a case with its receipt: no notes, no personal data, no unit but the handling one.";
        this.Property(s => s.CaseNumber);
        Field(s => s.Status, type: typeof(NonNullGraphType<CaseStatusEnum>));
        this.Property(s => s.HandlingUnitName).Description("The unit handling the case now (承办单位).");
        Field(s => s.Answer, nullable: true).Description("The answer given on resolution (答复意见); null before.");
        this.Property(s => s.RegisteredAt);
        Field(s => s.AcceptedAt, nullable: true);
        Field(s => s.ResolvedAt, nullable: true);
        Field(s => s.ClosedAt, nullable: true);
        Field(s => s.CitizenSatisfaction, type: typeof(SatisfactionEnum)).Description("The petitioner's own answer (rateResolution), if given.");
        Field(s => s.CitizenRatedAt, nullable: true);
    }
}
