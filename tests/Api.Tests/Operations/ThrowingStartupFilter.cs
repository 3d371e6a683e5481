using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Platform.Api.Tests.Operations;

/// <summary>Adds <c>/test/throw</c> at the end of the application's pipeline: a bug whose exception names a type and a file.</summary>
public sealed class ThrowingStartupFilter : IStartupFilter
{
    public const string Path = "/test/throw";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.Use((context, nextMiddleware) => context.Request.Path == Path
            ? throw new InvalidOperationException("Platform.Secret.Type failed reading /srv/platform/data/platform.db")
            : nextMiddleware(context));
    };
}
