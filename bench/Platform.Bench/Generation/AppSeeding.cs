using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.Api;
using Platform.Data;
using Platform.Identity;

namespace Platform.Bench.Generation;

/// <summary>
/// Creates a database the way the app's first start does: its migrations, its demo data, its
/// demo accounts (with their password) and clients, and its signing keys, through the app's own
/// registration methods, so that nothing of it is restated here.
/// </summary>
internal static class AppSeeding
{
    public static async Task SeedAsync(string file)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = Environments.Production,
            DisableDefaults = true,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Platform"] = $"Data Source={file}",
            ["Database:MigrateOnStartup"] = "true",
            ["Database:SeedDemoData"] = "true",
            ["Pii:Key"] = Platform.Data.Protection.PiiKeys.DevelopmentKey,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        builder.Services.AddPlatformData(builder.Configuration, builder.Environment);
        builder.Services.AddPlatformIdentity(builder.Configuration, builder.Environment);
        builder.Services.AddPlatformApi();

        using var host = builder.Build();
        await host.Services.InitializePlatformAsync();
    }
}
