namespace Platform.Api.Live;

public static class PlatformLiveExtensions
{
    /// <summary>The outbox reader of this replica (a hosted service), the connection counts and <see cref="LiveOptions"/>.</summary>
    public static IServiceCollection AddPlatformLive(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LiveOptions>().Bind(configuration.GetSection(LiveOptions.SectionName));
        services.AddSingleton<OutboxFeed>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxFeed>());
        services.AddSingleton<LiveConnections>();
        return services;
    }
}
