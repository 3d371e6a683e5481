using GraphQL;

namespace Platform.Api.GraphQL.Common.DataLoaders;

public static class DataLoaderScopeExtensions
{
    /// <summary>The current request's <see cref="DataLoaderScope"/>.</summary>
    public static DataLoaderScope DataLoaders(this IResolveFieldContext context)
    {
        var services = context.RequestServices
            ?? throw new InvalidOperationException("ExecutionOptions.RequestServices must be set to use data loaders.");
        return services.GetRequiredService<DataLoaderScope>();
    }
}
