using GraphQL.Types;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Api.GraphQL.Subscriptions;

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
        foreach (var node in NodeTypes.All)
        {
            RegisterType(node.GraphType);
        }
    }
}
