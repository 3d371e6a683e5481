using GraphQL.Types;
using Platform.Api.GraphQL.Common.Projection;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Cases;

/// <summary>A person behind a case (信访人). Personal data is masked per DESIGN §4 rule 7.</summary>
public sealed class PetitionerType : ObjectGraphType<Petitioner>
{
    public PetitionerType()
    {
        Name = "Petitioner";
        Description = "A person behind a case. Name, phone, ID number and address are masked unless the viewer holds pii.read and its unit owns or handles the case (or is an ancestor of either).";
        this.Column("name", p => p.Name);
        this.Column("phone", p => p.Phone, typeof(StringGraphType));
        this.Column("idNumber", p => p.IdNumber, typeof(StringGraphType));
        this.Column("address", p => p.Address, typeof(StringGraphType));
    }
}
