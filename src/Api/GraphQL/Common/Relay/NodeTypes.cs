using Platform.Api.GraphQL.Attachments;
using Platform.Api.GraphQL.Campaigns;
using Platform.Api.GraphQL.Cases;
using Platform.Api.GraphQL.Mediation;
using Platform.Api.GraphQL.Meetings;
using Platform.Api.GraphQL.Receptions;
using Platform.Api.GraphQL.Units;
using Platform.Api.GraphQL.Visits;
using Platform.Api.GraphQL.Workrooms;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Common.Relay;

/// <summary>Every type that implements <c>Node</c>, once: the schema registers them and <c>node</c>/<c>nodes</c> resolve through them.</summary>
public static class NodeTypes
{
    public static readonly IReadOnlyList<NodeType> All =
    [
        NodeType.Of<UnitType, Unit>(UnitType.TypeName),
        NodeType.Of<CaseType, Case>(CaseType.TypeName),
        NodeType.Of<CaseEventType, CaseEvent>(CaseEventType.TypeName),
        NodeType.Of<MediationSessionType, MediationSession>(MediationSessionType.TypeName),
        NodeType.Of<WorkroomType, Workroom>(WorkroomType.TypeName),
        NodeType.Of<ElderType, Elder>(ElderType.TypeName),
        NodeType.Of<CampaignType, Campaign>(CampaignType.TypeName),
        NodeType.Of<SuggestionType, Suggestion>(SuggestionType.TypeName),
        NodeType.Of<MeetingType, Meeting>(MeetingType.TypeName),
        NodeType.Of<ReceptionScheduleType, ReceptionSchedule>(ReceptionScheduleType.TypeName),
        NodeType.Of<ReceptionAppointmentType, ReceptionAppointment>(ReceptionAppointmentType.TypeName),
        NodeType.Of<OutreachVisitType, OutreachVisit>(OutreachVisitType.TypeName),
        NodeType.Of<AttachmentType, Attachment>(AttachmentType.TypeName),
    ];

    /// <summary>The node types by name.</summary>
    public static readonly IReadOnlyDictionary<string, NodeType> ByName = All.ToDictionary(t => t.Name, StringComparer.Ordinal);
}
