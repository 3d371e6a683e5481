using GraphQL;
using GraphQL.Types;
using Platform.Api.GraphQL.Common;
using Platform.Api.GraphQL.Common.Authorization;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.Live;
using Platform.Api.Transport;
using Platform.Api.Webhooks;
using Platform.Data.Tenancy;

namespace Platform.Api.GraphQL;

public static class PlatformGraphQLExtensions
{
    /// <summary>
    /// Registers the singleton schema, its types, data loaders and the per-request read context
    /// (<see cref="RequestReads"/>), the document cache, the limits and the authentication check. <c>GraphQL:Introspection</c> (<see cref="IntrospectionAccess"/>)
    /// defaults to <c>Anyone</c> in Development and <c>Authenticated</c> elsewhere.
    /// </summary>
    public static IServiceCollection AddPlatformGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IntrospectionOptions>()
            .Bind(configuration.GetSection(Common.Limits.QueryLimitsOptions.SectionName))
            .PostConfigure<IHostEnvironment>((options, environment) => options.Introspection ??=
                environment.IsDevelopment() ? IntrospectionAccess.Anyone : IntrospectionAccess.Authenticated);
        services.AddGraphQL(builder => builder
            .AddSchema<PlatformSchema>(global::GraphQL.DI.ServiceLifetime.Singleton)
            .AddGraphTypes(typeof(PlatformSchema).Assembly)
            .ConfigureExecution<AuthenticationCheck>()
            .UsePlatformExecution(configuration));
        services.AddScoped(sp => new RequestReads(sp.GetRequiredService<TenantReadContexts>()));
        services.AddPlatformLive(configuration);
        services.AddPlatformWebhooks(configuration);
        return services;
    }

    /// <summary>
    /// Builds the schema on a thread-pool thread, so that it takes the other core while the start
    /// checks the database (README, Performance: fast start). Await it before
    /// <see cref="MapPlatformGraphQL"/>, which would otherwise build the schema itself.
    /// </summary>
    public static Task BuildPlatformSchemaAsync(this IServiceProvider services) =>
        Task.Run(() => services.GetRequiredService<ISchema>().Initialize());

    /// <summary>
    /// Maps <c>/graphql</c> and the printed schema at <c>/graphql/schema.graphql</c>, and builds the
    /// schema now rather than on the first request, which would otherwise take seconds to answer.
    /// </summary>
    public static IEndpointRouteBuilder MapPlatformGraphQL(this IEndpointRouteBuilder endpoints)
    {
        endpoints.ServiceProvider.GetRequiredService<ISchema>().Initialize();
        endpoints.MapGraphQLHttp("/graphql");
        endpoints.MapGet("/graphql/schema.graphql", (ISchema schema) =>
            Results.Text(SchemaFile.Print(schema), "text/plain; charset=utf-8"));
        return endpoints;
    }
}
