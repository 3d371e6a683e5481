using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using Platform.Data;
using Platform.Identity.Clients;

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
        var options = app.Services.GetRequiredService<IOptions<IdeOptions>>().Value;
        if (!IsEnabled(options, app.Environment))
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

        app.Use(next => async context =>
        {
            if (!IdePage.IsFor(context.Request, Endpoint))
            {
                await next(context);
                return;
            }

            var signIn = await IdeSignIn.ForAsync(context.Request, options.ClientId, context.RequestAborted);
            await IdePage.WriteAsync(context, signIn);
        });
        return app;
    }

    /// <summary>
    /// Registers the IDE's sign-in client from <see cref="IdeOptions.RedirectUris"/> when they are set
    /// and the IDE is on; part of the database start-up, so it runs after the migrations.
    /// </summary>
    public static async Task RegisterPlatformIdeClientAsync(this IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<IdeOptions>>().Value;
        if (!IsEnabled(options, services.GetRequiredService<IHostEnvironment>()) || options.RedirectUris.Count == 0)
            return;

        using var scope = services.CreateScope();
        var provider = scope.ServiceProvider;
        await ConfiguredPublicClient.EnsureAsync(
            provider.GetRequiredService<IOpenIddictApplicationManager>(), provider.GetRequiredService<PlatformDbContext>(),
            provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PlatformIdeExtensions)),
            options.ClientId, "GraphQL IDE", "Ide:RedirectUris", options.RedirectUris, CancellationToken.None);
    }

    private static bool IsEnabled(IdeOptions options, IHostEnvironment environment) => options.Enabled ?? environment.IsDevelopment();
}
