using GraphQL.Types;
using Platform.Api.GraphQL.Administration;
using Platform.Api.GraphQL.Attachments;
using Platform.Api.GraphQL.Campaigns;
using Platform.Api.GraphQL.Cases;
using Platform.Api.GraphQL.Duplicates;
using Platform.Api.GraphQL.Mediation;
using Platform.Api.GraphQL.Meetings;
using Platform.Api.GraphQL.Receptions;
using Platform.Api.GraphQL.Residents;
using Platform.Api.GraphQL.Visits;
using Platform.Api.GraphQL.Webhooks;
using Platform.Api.GraphQL.Workrooms;

namespace Platform.Api.GraphQL;

public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        this.AddCaseIntakeMutations();
        this.AddCaseFollowUpMutations();
        this.AddCaseLeaderMutations();
        this.AddCaseSharingMutations();
        this.AddCampaignMutations();
        this.AddCaseResolutionMutations();
        this.AddMediationMutations();
        this.AddMeetingMutations();
        this.AddReceptionMutations();
        this.AddVisitMutations();
        this.AddWorkroomMutations();
        this.AddAdministrationMutations();
        this.AddResidentMutations();
        this.AddDuplicateMutations();
        this.AddWebhookMutations();
        this.AddAttachmentMutations();
    }
}
