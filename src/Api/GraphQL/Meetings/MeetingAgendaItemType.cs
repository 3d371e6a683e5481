using GraphQL.Types;
using Platform.Api.GraphQL.Campaigns;
using Platform.Api.GraphQL.Cases;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Projection;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Meetings;

/// <summary>A topic of a meeting (议题).</summary>
public sealed class MeetingAgendaItemType : ObjectGraphType<MeetingAgendaItem>
{
    public MeetingAgendaItemType()
    {
        Name = "MeetingAgendaItem";
        Description = "A topic of a meeting, about a case (graded when hard) or a suggestion.";
        this.Column("position", a => a.Position).Description("1 for the first topic.");
        this.Column("title", a => a.Title);
        this.Column("grade", a => a.Grade, typeof(CaseGradeEnum));
        Field<CaseType>("case")
            .Description("The case discussed, if any and if visible.")
            .Reads(nameof(MeetingAgendaItem.CaseId))
            .Resolve(c => c.Source.CaseId is { } id ? EntityLoaders.ById<Case>(c, id) : null);
        Field<SuggestionType>("suggestion")
            .Description("The suggestion discussed, if any and if visible.")
            .Reads(nameof(MeetingAgendaItem.SuggestionId))
            .Resolve(c => c.Source.SuggestionId is { } id ? EntityLoaders.ById<Suggestion>(c, id) : null);
    }
}
