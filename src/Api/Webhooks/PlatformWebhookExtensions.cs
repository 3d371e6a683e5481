using Microsoft.Extensions.Options;
using Platform.Workflow.Webhooks;

namespace Platform.Api.Webhooks;

public static class PlatformWebhookExtensions
{
    /// <summary>
    /// <see cref="WebhookOptions"/> (plain http and loopback callbacks allowed by default in
    /// Development and Testing only), the <c>webhooks</c> HTTP client and every replica's
    /// <see cref="WebhookDispatcher"/>.
    /// </summary>
    public static IServiceCollection AddPlatformWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebhookOptions>()
            .Configure<IHostEnvironment>((options, environment) =>
            {
                var local = environment.IsDevelopment() || environment.IsEnvironment("Testing");
                options.RequireHttps = !local;
                options.AllowPrivateAddresses = local;
            })
            .Bind(configuration.GetSection(WebhookOptions.Section));

        services.AddHttpClient(WebhookPoster.ClientName, (sp, client) =>
            {
                client.Timeout = sp.GetRequiredService<IOptions<WebhookOptions>>().Value.Timeout;
                client.DefaultRequestHeaders.UserAgent.ParseAdd("Platform-Webhooks/1");
            })
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var options = sp.GetRequiredService<IOptions<WebhookOptions>>().Value;
                var handler = new SocketsHttpHandler
                {
                    // A redirect would lead where the callback check never looked.
                    AllowAutoRedirect = false,
                    UseCookies = false,
                    ConnectTimeout = options.Timeout,
                    PooledConnectionLifetime = TimeSpan.FromMinutes(2),
                };
                if (!options.AllowPrivateAddresses)
                {
                    handler.ConnectCallback = CallbackConnections.ConnectPubliclyAsync;
                }

                return handler;
            });

        services.AddSingleton<WebhookPoster>();
        services.AddSingleton<WebhookClients>();
        services.AddSingleton<WebhookFanOut>();
        services.AddSingleton<WebhookSender>();
        services.AddHostedService<WebhookDispatcher>();
        return services;
    }
}
