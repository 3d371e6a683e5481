using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Operations;

/// <summary>A Development and a Production host for a test class, each started on first use.</summary>
public sealed class EnvironmentHosts : IDisposable
{
    private readonly Lazy<PlatformFactory> development = new(() => PlatformFactory.ForEnvironment("Development"));
    private readonly Lazy<PlatformFactory> production = new(() => PlatformFactory.ForEnvironment("Production"));

    public PlatformFactory In(string environment) => environment == "Production" ? production.Value : development.Value;

    public void Dispose()
    {
        if (development.IsValueCreated)
        {
            development.Value.Dispose();
        }

        if (production.IsValueCreated)
        {
            production.Value.Dispose();
        }
    }
}
