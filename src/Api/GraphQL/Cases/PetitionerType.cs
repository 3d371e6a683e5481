using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Platform.Api.GraphQL.Common.Pii;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Cases;

/// <summary>A person behind a case (信访人). Personal data is masked per DESIGN §4 rule 7.</summary>
public sealed class PetitionerType : ObjectGraphType<Petitioner>
{
    private static readonly string[] CaseKey = [nameof(Petitioner.CaseId)];

    public PetitionerType()
    {
        Name = "Petitioner";
        Description = "A person behind a case. Name, phone, ID number and address are masked unless the viewer holds pii.read and its unit owns or handles the case (or is an ancestor of either).";
        this.PiiColumn("name", p => p.Name, Mask.Name, Readable, CaseKey, nullable: false);
        this.PiiColumn("phone", p => p.Phone, Mask.Phone, Readable, CaseKey);
        this.PiiColumn("idNumber", p => p.IdNumber, Mask.IdNumber, Readable, CaseKey);
        this.PiiColumn("address", p => p.Address, Mask.Address, Readable, CaseKey);
    }

    private static IDataLoaderResult<bool> Readable(IResolveFieldContext<Petitioner> context) =>
        CaseDataLoaders.PersonalDataReadable(context, context.Source.CaseId);
}
