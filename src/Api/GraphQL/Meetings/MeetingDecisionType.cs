using GraphQL.Types;
using Platform.Api.GraphQL.Cases;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Projection;
using Platform.Api.GraphQL.Units;
using Platform.Data.Entities;
using Platform.Workflow.Meetings;

namespace Platform.Api.GraphQL.Meetings;

/// <summary>A meeting's decision on a case (处置清单), open until the case is resolved.</summary>
public sealed class MeetingDecisionType : ObjectGraphType<MeetingDecision>
{
    public MeetingDecisionType()
    {
        Name = "MeetingDecision";
        Description = "A meeting's decision that shared a case with a unit and a deadline; open until the case is resolved, overdue when open past the deadline.";
        this.Column("shareKind", d => d.ShareKind, typeof(NonNullGraphType<DecisionShareKindEnum>));
        this.Column("text", d => d.Text);
        this.Column("dueAt", d => d.DueAt);
        this.Column("decidedAt", d => d.DecidedAt);
        this.Column("decidedByName", d => d.DecidedByName);
        Field<NonNullGraphType<BooleanGraphType>>("open")
            .Description("The case is not yet resolved (nor withdrawn or declined), as far as the caller can see it.")
            .Reads(nameof(MeetingDecision.CaseId))
            .Resolve(c => MeetingDataLoaders.CaseStatus(c, c.Source.CaseId).Then(s => s is { } status && DecisionState.IsOpen(status)));
        Field<NonNullGraphType<BooleanGraphType>>("overdue")
            .Description("Open past dueAt.")
            .Reads(nameof(MeetingDecision.CaseId), nameof(MeetingDecision.DueAt))
            .Resolve(c => MeetingDataLoaders.CaseStatus(c, c.Source.CaseId)
                .Then(s => s is { } status && DecisionState.IsOverdue(status, c.Source.DueAt, CaseDeadlines.Now(c.RequestServices!))));
        Field<CaseType>("case")
            .Description("The case decided on, if visible.")
            .Reads(nameof(MeetingDecision.CaseId))
            .ResolveWith((c, x) => EntityLoaders.ById<Case>(c, x.CaseId).ValueOrPending());
        Field<NonNullGraphType<UnitType>>("targetUnit")
            .Description("The unit the case was handed to.")
            .Reads(nameof(MeetingDecision.TargetUnitId))
            .ResolveWith((c, x) => EntityLoaders.ById<Unit>(c, x.TargetUnitId).ValueOrPending());
        Field<NonNullGraphType<MeetingType>>("meeting")
            .Reads(nameof(MeetingDecision.MeetingId))
            .ResolveWith((c, x) => EntityLoaders.ById<Meeting>(c, x.MeetingId).ValueOrPending());
    }
}
