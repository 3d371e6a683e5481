using Platform.Api.GraphQL.Common.Filtering;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Mediation;

/// <summary>Filters on a party to a session; a party's name and phone are personal data and deliberately not filterable.</summary>
public sealed class MediationPartyFilterInputType : FilterInputType<MediationParty>
{
    public MediationPartyFilterInputType()
    {
        Name = "MediationPartyFilterInput";
        Field("side", p => p.Side);
    }
}
