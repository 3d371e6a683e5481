using GraphQL;
using GraphQL.DI;
using GraphQLServiceLifetime = GraphQL.DI.ServiceLifetime;

namespace Platform.Api.GraphQL.Common.Persisted;

public static class PersistedOperationsExtensions
{
    /// <summary>
    /// Trusted documents and automatic persisted queries, configured by the
    /// <c>GraphQL:PersistedOperations</c> section (<see cref="PersistedOperationsOptions"/>).
    /// </summary>
    public static IGraphQLBuilder UsePersistedOperations(this IGraphQLBuilder builder, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configuration);

        var section = configuration.GetSection(PersistedOperationsOptions.SectionName);
        builder.Services.Configure<PersistedOperationsOptions>((options, _) => section.Bind(options));
        builder.Services.Register<TrustedDocuments>(GraphQLServiceLifetime.Singleton);
        builder.Services.Register<AutomaticPersistedQueries>(GraphQLServiceLifetime.Singleton);
        return builder.ConfigureExecution<PersistedOperationResolver>();
    }
}
