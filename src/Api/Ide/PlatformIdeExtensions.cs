using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace Platform.Api.Ide;

public static class PlatformIdeExtensions
{
    private const string Endpoint = "/graphql";

    /// <summary>Binds <see cref="IdeOptions"/> from the <c>Ide</c> section.</summary>
    public static IServiceCollection AddPlatformIde(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<IdeOptions>(configuration.GetSection(IdeOptions.SectionName));
        return services;
    }

    /// <summary>
    /// Serves GraphiQL to a browser's <c>GET /graphql</c> (<c>Accept: text/html</c>) and its bundle
    /// under <c>/graphql/ide/</c>, when <see cref="IdeOptions.Enabled"/> (by default in Development).
    /// Every other request to the endpoint goes on to GraphQL over HTTP.
    /// </summary>
    public static WebApplication UsePlatformIde(this WebApplication app)
    {
        var enabled = app.Services.GetRequiredService<IOptions<IdeOptions>>().Value.Enabled ?? app.Environment.IsDevelopment();
        if (!enabled)
            return app;

        if (Directory.Exists(IdePage.BundleFolder))
        {
            app.UseStaticFiles(new StaticFileOptions
            {
                RequestPath = Endpoint + "/ide",
                FileProvider = new PhysicalFileProvider(IdePage.BundleFolder),
                ContentTypeProvider = new FileExtensionContentTypeProvider(),
                OnPrepareResponse = file => file.Context.Response.Headers.XContentTypeOptions = "nosniff",
            });
        }

        app.Use(next => context => IdePage.IsFor(context.Request, Endpoint) ? IdePage.WriteAsync(context) : next(context));
        return app;
    }
}
