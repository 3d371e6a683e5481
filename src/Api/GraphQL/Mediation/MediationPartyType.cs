using GraphQL.Types;
using Platform.Api.GraphQL.Common.Pii;
using Platform.Api.GraphQL.Common.Projection;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Mediation;

/// <summary>A party to a mediation; name and phone are personal data.</summary>
public sealed class MediationPartyType : ObjectGraphType<MediationParty>
{
    public MediationPartyType()
    {
        Name = "MediationParty";
        Description = "A party to a mediation. Name and phone are masked unless the viewer may read personal data of the session's unit.";
        this.PiiColumn("name", p => p.Name, Mask.Name, p => p.OwnerPath, nullable: false);
        this.PiiColumn("phone", p => p.Phone, Mask.Phone, p => p.OwnerPath);
        this.Column("side", p => p.Side, typeof(StringGraphType));
    }
}
