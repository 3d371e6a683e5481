using GraphQL.Types;
using Platform.Api.GraphQL.Administration;
using Platform.Api.GraphQL.Campaigns;
using Platform.Api.GraphQL.Cases;
using Platform.Api.GraphQL.Duplicates;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Api.GraphQL.Mediation;
using Platform.Api.GraphQL.Meetings;
using Platform.Api.GraphQL.Receptions;
using Platform.Api.GraphQL.Residents;
using Platform.Api.GraphQL.Search;
using Platform.Api.GraphQL.Statistics;
using Platform.Api.GraphQL.Units;
using Platform.Api.GraphQL.Visits;
using Platform.Api.GraphQL.Viewer;
using Platform.Api.GraphQL.Webhooks;
using Platform.Api.GraphQL.Workrooms;

namespace Platform.Api.GraphQL;

public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        this.AddNodeFields();
        this.AddViewerFields();
        this.AddUnitFields();
        this.AddCaseFields();
        this.AddMediationFields();
        this.AddWorkroomFields();
        this.AddCampaignFields();
        this.AddMeetingFields();
        this.AddReceptionFields();
        this.AddVisitFields();
        this.AddStatisticsFields();
        this.AddAdministrationFields();
        this.AddResidentFields();
        this.AddSearchFields();
        this.AddDuplicateFields();
        this.AddWebhookFields();
    }
}
