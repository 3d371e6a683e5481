using GraphQL.Types;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Projection;
using Platform.Api.GraphQL.Units;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Cases;

/// <summary>The four checks after resolution (四个是否) and the petitioner's satisfaction.</summary>
public sealed class CaseVerificationType : ObjectGraphType<CaseVerification>
{
    public CaseVerificationType()
    {
        Name = "CaseVerification";
        Description = "A verification of a resolved case: the four checks (四个是否) and the petitioner's satisfaction (满意度).";
        this.Column("handledPerNorm", v => v.HandledPerNorm).Description("Was it handled according to the norms (是否依法按政策办理)?");
        this.Column("measuresImplemented", v => v.MeasuresImplemented).Description("Were the promised measures implemented (是否落实到位)?");
        this.Column("problemSolved", v => v.ProblemSolved).Description("Was the problem solved (问题是否解决)?");
        this.Column("citizenSatisfied", v => v.CitizenSatisfied).Description("Is the petitioner satisfied (群众是否满意)?");
        this.Column("satisfaction", v => v.Satisfaction, typeof(NonNullGraphType<SatisfactionEnum>));
        this.Column("method", v => v.Method, typeof(NonNullGraphType<VerificationMethodEnum>));
        this.Column("note", v => v.Note, typeof(StringGraphType));
        this.Column("verifiedAt", v => v.VerifiedAt);
        Field<NonNullGraphType<UnitType>>("verifiedByUnit")
            .Description("The unit of the officer who verified.")
            .Reads(nameof(CaseVerification.VerifiedByUnitId))
            .ResolveWith((c, x) => EntityLoaders.ById<Unit>(c, x.VerifiedByUnitId).ValueOrPending());
    }
}
