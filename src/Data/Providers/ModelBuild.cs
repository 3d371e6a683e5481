using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Platform.Data.Providers;

/// <summary>
/// Builds EF Core's model on the thread pool as soon as the provider is known, while the host is
/// still being configured, instead of when the first context is used. The model is the longest
/// step of a start (README, Fast start); this way it takes the core the configuration leaves idle.
/// </summary>
internal static class ModelBuild
{
    /// <param name="provider">The provider's options, without interceptors: the model depends on the provider and the context type only.</param>
    /// <param name="create">The context's constructor.</param>
    public static Task<IModel> Start<TContext>(
        Action<DbContextOptionsBuilder<TContext>> provider, Func<DbContextOptions<TContext>, TContext> create)
        where TContext : DbContext => Task.Run(() =>
    {
        var options = new DbContextOptionsBuilder<TContext>();
        provider(options);
        using var context = create(options.Options);
        return context.Model;
    });
}
