using GraphQL.Types;
using Platform.Api.GraphQL.Campaigns;
using Platform.Api.GraphQL.Cases;
using Platform.Api.GraphQL.Mediation;
using Platform.Api.GraphQL.Subscriptions;
using Platform.Api.GraphQL.Units;
using Platform.Api.GraphQL.Workrooms;

namespace Platform.Api.GraphQL;

/// <summary>The one schema, built once at start-up.</summary>
public sealed class PlatformSchema : Schema
{
    public PlatformSchema(IServiceProvider services, QueryType query, MutationType mutation, SubscriptionType subscription)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        Description = "Doorstep petition service: cases, mediation, elders' workrooms and suggestion campaigns, filtered by jurisdiction.";

        // Node types reachable only through the Node interface.
        RegisterType(typeof(UnitType));
        RegisterType(typeof(CaseType));
        RegisterType(typeof(CaseEventType));
        RegisterType(typeof(MediationSessionType));
        RegisterType(typeof(WorkroomType));
        RegisterType(typeof(CampaignType));
        RegisterType(typeof(SuggestionType));
    }
}
