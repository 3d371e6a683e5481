using GraphQL.Types;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Projection;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Api.GraphQL.Units;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Visits;

/// <summary>An outreach visit (走访, 下访, 清晨访问团).</summary>
public sealed class OutreachVisitType : ObjectGraphType<OutreachVisit>
{
    public const string TypeName = "OutreachVisit";

    public OutreachVisitType()
    {
        Name = TypeName;
        Description = "An outreach visit by a team to an area (the visited unit), with its questionnaire, its aggregates and the issues found.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is OutreachVisit;

        Field<NonNullGraphType<IdGraphType>>("id").ResolveSource(x => GlobalId.Encode(TypeName, x.Id)).Reads(nameof(OutreachVisit.Id));
        this.Column("kind", v => v.Kind, typeof(NonNullGraphType<VisitKindEnum>));
        this.Column("team", v => v.Team);
        this.Column("visitedOn", v => v.VisitedOn);
        this.Column("households", v => v.Households).Description("Households visited.");
        this.Column("version", v => v.Version);
        Field<NonNullGraphType<UnitType>>("unit")
            .Description("The area visited.")
            .Reads(nameof(OutreachVisit.OwnerUnitId))
            .ResolveWith((c, x) => EntityLoaders.ById<Unit>(c, x.OwnerUnitId).ValueOrPending());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<QuestionnaireQuestionType>>>>("questions")
            .Description("The questionnaire, in order, each question with its aggregate.")
            .Reads(nameof(OutreachVisit.Id))
            .Resolve(c => EntityLoaders.ByParent<QuestionnaireQuestion>(
                c, nameof(QuestionnaireQuestion.VisitId), c.Source.Id, q => q.OrderBy(x => x.Position)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VisitIssueType>>>>("issues")
            .Reads(nameof(OutreachVisit.Id))
            .Resolve(c => EntityLoaders.ByParent<VisitIssue>(
                c, nameof(VisitIssue.VisitId), c.Source.Id, q => q.OrderBy(x => x.Position)));
    }
}
