using GraphQL.Types;
using Platform.Api.GraphQL.Common.Activity;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Pii;
using Platform.Api.GraphQL.Common.Projection;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Campaigns;

/// <summary>One suggestion (人民建议).</summary>
public sealed class SuggestionType : ObjectGraphType<Suggestion>
{
    public const string TypeName = "Suggestion";

    public SuggestionType()
    {
        Name = TypeName;
        Description = "One suggestion to a campaign. The submitter's contact is masked unless the viewer may read the campaign unit's personal data.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Suggestion;

        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id)).Reads(nameof(Suggestion.Id));
        this.Column("content", s => s.Content);
        this.Column("topic", s => s.Topic, typeof(StringGraphType));
        this.Column("channel", s => s.Channel, typeof(NonNullGraphType<SuggestionChannelEnum>));
        this.Column("status", s => s.Status, typeof(NonNullGraphType<SuggestionStatusEnum>));
        this.Column("submittedAt", s => s.SubmittedAt);
        this.PiiColumn("submitterName", s => s.SubmitterName, Mask.Name, s => s.OwnerPath);
        this.PiiColumn("submitterPhone", s => s.SubmitterPhone, Mask.Phone, s => s.OwnerPath);
        this.Column("response", s => s.Response, typeof(StringGraphType));
        this.Column("answeredAt", s => s.AnsweredAt, typeof(DateTimeGraphType));
        this.Column("implementationProgress", s => s.ImplementationProgress, typeof(IntGraphType)).Description("0–100, for adopted suggestions.");
        this.Column("implementationNote", s => s.ImplementationNote, typeof(StringGraphType));
        this.Column("version", s => s.Version);
        this.AddHistory(e => e.SuggestionId, x => x.Id);
        Field<NonNullGraphType<CampaignType>>("campaign")
            .Reads(nameof(Suggestion.CampaignId))
            .Resolve(c => EntityLoaders.ById<Campaign>(c, c.Source.CampaignId, GraphTypes.Complex(c.FieldDefinition.ResolvedType)));
    }
}
