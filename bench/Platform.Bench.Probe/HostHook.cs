using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Platform.Bench.Probe;

/// <summary>
/// Adds the probe endpoints to the host being built. The host publishes "HostBuilding" with an
/// <see cref="IHostBuilder"/> just before it builds the container (the same hook the test host
/// uses to reach a minimal-hosting app), so services added here land in the app's container.
/// </summary>
internal static class HostHook
{
    public static void OnHostingEvent(KeyValuePair<string, object?> e)
    {
        if (e.Key == "HostBuilding" && e.Value is IHostBuilder builder)
        {
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ProbeStartupFilter>());
        }
    }
}
