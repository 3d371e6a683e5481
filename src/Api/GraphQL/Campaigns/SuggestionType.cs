using GraphQL.Types;
using Platform.Api.GraphQL.Attachments;
using Platform.Api.GraphQL.Cases;
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

    private static readonly string[] AnswerGate = [nameof(Suggestion.CampaignId), nameof(Suggestion.OwnerPath)];

    public SuggestionType()
    {
        Name = TypeName;
        Description = "One suggestion to a campaign. The submitter's contact is masked unless the viewer may read the campaign unit's personal data. " +
            "Until the campaign publishes its answers, only the campaign's writers (officers, leaders and admins of its unit or an ancestor) " +
            "see the answer: everyone else sees an answered suggestion as UNDER_REVIEW with no response, answer time or implementation.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Suggestion;

        Field<NonNullGraphType<IdGraphType>>("id").ResolveSource(x => GlobalId.Encode(TypeName, x.Id)).Reads(nameof(Suggestion.Id));
        this.Column("content", s => s.Content);
        this.Column("topic", s => s.Topic, typeof(StringGraphType));
        this.Column("channel", s => s.Channel, typeof(NonNullGraphType<SuggestionChannelEnum>));
        Field<NonNullGraphType<SuggestionStatusEnum>>("status")
            .Reads([nameof(Suggestion.Status), .. AnswerGate])
            .Resolve(c => AnswerVisibility.Answer(c, c.Source, c.Source.Status, AnswerVisibility.Outward(c.Source.Status)));
        this.Column("submittedAt", s => s.SubmittedAt);
        this.PiiColumn("submitterName", s => s.SubmitterName, Mask.Name, s => s.OwnerPath);
        this.PiiColumn("submitterPhone", s => s.SubmitterPhone, Mask.Phone, s => s.OwnerPath);
        Field<StringGraphType>("response")
            .Reads([nameof(Suggestion.Response), .. AnswerGate])
            .Resolve(c => AnswerVisibility.Answer(c, c.Source, c.Source.Response, null));
        Field<DateTimeGraphType>("answeredAt")
            .Reads([nameof(Suggestion.AnsweredAt), .. AnswerGate])
            .Resolve(c => AnswerVisibility.Answer(c, c.Source, c.Source.AnsweredAt, null));
        Field<IntGraphType>("implementationProgress")
            .Description("0–100, for adopted suggestions.")
            .Reads([nameof(Suggestion.ImplementationProgress), .. AnswerGate])
            .Resolve(c => AnswerVisibility.Answer(c, c.Source, c.Source.ImplementationProgress, null));
        Field<StringGraphType>("implementationNote")
            .Reads([nameof(Suggestion.ImplementationNote), .. AnswerGate])
            .Resolve(c => AnswerVisibility.Answer(c, c.Source, c.Source.ImplementationNote, null));
        this.Column("version", s => s.Version);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActivityEventType>>>>("history")
            .Description("What happened to this suggestion, oldest first.")
            .Reads(AnswerGate)
            .Resolve(CampaignHistory.OfSuggestion);
        Field<NonNullGraphType<CampaignType>>("campaign")
            .Reads(nameof(Suggestion.CampaignId))
            .ResolveWith((c, x) => EntityLoaders.ById<Campaign>(c, x.CampaignId).ValueOrPending());
        Field<CaseType>("case")
            .Description("The case registered from this suggestion, if any and if the viewer can see it.")
            .Reads(nameof(Suggestion.CaseId))
            .Resolve(c => c.Source.CaseId is { } id
                ? EntityLoaders.ById<Case>(c, id)
                : null);
        this.AttachmentsField(nameof(Attachment.SuggestionId), x => x.Id);
    }
}
