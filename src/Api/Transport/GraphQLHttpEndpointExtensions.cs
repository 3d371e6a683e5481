namespace Platform.Api.Transport;

public static class GraphQLHttpEndpointExtensions
{
    /// <summary>
    /// Serves GraphQL over HTTP at <paramref name="pattern"/>: POST with an <c>application/json</c>
    /// body, or GET with <c>?query=&amp;operationName=&amp;variables=</c> for queries. Needs a schema
    /// registered as <see cref="GraphQL.Types.ISchema"/> and a serializer, both of which
    /// <c>AddGraphQL(b =&gt; b.AddSchema&lt;T&gt;().UsePlatformExecution(configuration))</c> provides.
    /// A WebSocket upgrade at the same address speaks <c>graphql-transport-ws</c> (subscriptions).
    /// </summary>
    public static IEndpointRouteBuilder MapGraphQLHttp(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        var services = endpoints.ServiceProvider;
        var handler = ActivatorUtilities.CreateInstance<GraphQLHttpHandler>(services, ActivatorUtilities.CreateInstance<GraphQLRequestReader>(services));

        // Built on the first upgrade: a host without subscriptions (AddPlatformLive) serves HTTP alone.
        var webSockets = new Lazy<WebSockets.GraphQLWebSocketHandler>(() => ActivatorUtilities.CreateInstance<WebSockets.GraphQLWebSocketHandler>(
            services, ActivatorUtilities.CreateInstance<WebSockets.LiveExecution>(services)));
        endpoints.Map(pattern, context => context.WebSockets.IsWebSocketRequest ? webSockets.Value.HandleAsync(context) : handler.HandleAsync(context))
            .WithDisplayName("GraphQL over HTTP and WebSocket");
        return endpoints;
    }
}
