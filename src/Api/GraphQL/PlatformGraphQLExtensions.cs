using GraphQL;
using GraphQL.Types;
using Platform.Api.GraphQL.Common;
using Platform.Api.GraphQL.Common.Authorization;
using Platform.Api.Transport;

namespace Platform.Api.GraphQL;

public static class PlatformGraphQLExtensions
{
    /// <summary>Registers the singleton schema, its types, data loaders and the document cache.</summary>
    public static IServiceCollection AddPlatformGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddGraphQL(builder => builder
            .AddSchema<PlatformSchema>(global::GraphQL.DI.ServiceLifetime.Singleton)
            .AddGraphTypes(typeof(PlatformSchema).Assembly)
            .AddValidationRule<AuthenticationRule>(useForCachedDocuments: true)
            .UsePlatformExecution(configuration));
        return services;
    }

    /// <summary>Maps <c>/graphql</c> and the printed schema at <c>/graphql/schema.graphql</c>.</summary>
    public static IEndpointRouteBuilder MapPlatformGraphQL(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGraphQLHttp("/graphql");
        endpoints.MapGet("/graphql/schema.graphql", (ISchema schema) =>
            Results.Text(SchemaFile.Print(schema), "text/plain; charset=utf-8"));
        return endpoints;
    }
}
