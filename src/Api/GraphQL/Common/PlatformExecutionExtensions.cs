using System.Text.Encodings.Web;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;
using Platform.Api.GraphQL.Common.Caching;
using Platform.Api.GraphQL.Common.Errors;
using Platform.Api.GraphQL.Common.Introspection;
using Platform.Api.GraphQL.Common.Limits;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Persisted;
using Platform.Api.GraphQL.Common.Scalars;
using Platform.Api.GraphQL.Common.Serialization;
using GraphQLServiceLifetime = GraphQL.DI.ServiceLifetime;

namespace Platform.Api.GraphQL.Common;

public static class PlatformExecutionExtensions
{
    /// <summary>
    /// Everything around the schema that the HTTP endpoint relies on: System.Text.Json serialization,
    /// coded errors without internals, the persisted operations, the limits checked before validation (also
    /// for cached documents) with the execution time budget, the parsed-document cache, per-request data
    /// loaders and the current introspection fields. A query's fields are collected once per selection set
    /// and type (<see cref="CollectedFieldsStrategy"/>), and a cached document sent again with the same
    /// variables is not validated again (<see cref="RepeatedValidation"/>). Reads the <c>GraphQL</c> section
    /// (<see cref="QueryLimitsOptions"/>, <see cref="DocumentCacheOptions"/>, <see cref="Transport.GraphQLHttpOptions"/>).
    /// </summary>
    /// <example>
    /// <code>
    /// services.AddGraphQL(b =&gt; b.AddSchema&lt;PlatformSchema&gt;().UsePlatformExecution(configuration));
    /// app.MapGraphQLHttp("/graphql");
    /// </code>
    /// </example>
    public static IGraphQLBuilder UsePlatformExecution(this IGraphQLBuilder builder, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configuration);

        var section = configuration.GetSection(QueryLimitsOptions.SectionName);
        builder.Services.Configure<QueryLimitsOptions>((options, _) => section.Bind(options));
        builder.Services.Configure<DocumentCacheOptions>((options, _) => section.Bind(options));
        builder.Services.Configure<Transport.GraphQLHttpOptions>((options, _) => section.Bind(options));
        builder.Services.TryRegister<DataLoaderScope>(GraphQLServiceLifetime.Scoped);
        builder.Services.Register<IDocumentValidator>(_ => new RepeatedValidation(new DocumentValidator()), GraphQLServiceLifetime.Singleton, replace: true);

        return builder
            // Chinese text and quotes are written as they are, not as \u escapes; responses are JSON, never embedded in HTML.
            // Answers with data alone are written straight from the execution's tree (ExecutionResultWriter).
            .AddSystemTextJson(json =>
            {
                json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
                json.Converters.Add(new ExecutionResultWriter());
            })
            .AddErrorInfoProvider<PlatformErrorInfoProvider>()
            .ConfigureSchema(IntrospectionFeatures.Enable)
            // Times with millisecond precision, as HotChocolate writes them.
            .ConfigureSchema(schema => schema.RegisterType(new MillisecondDateTimeGraphType()))
            .UsePersistedOperations(configuration)
            .ConfigureExecution<DocumentCache>()
            .ConfigureExecution<QueryLimitsGate>()
            .AddExecutionStrategy<CollectedFieldsStrategy>(OperationType.Query)
            .ConfigureExecutionOptions(UnhandledErrorLogging.Configure);
    }
}
