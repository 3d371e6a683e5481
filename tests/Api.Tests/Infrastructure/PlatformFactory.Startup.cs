using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.Data;

namespace Platform.Api.Tests.Infrastructure;

/// <summary>
/// The host listens before its database start-up has finished; a test's host is handed over only
/// once it has (and a failed start throws here), unless the test looks at the start itself.
/// </summary>
public sealed partial class PlatformFactory
{
    private bool waitsForStartup = true;

    /// <summary>Hands the host over as soon as it listens, with its database start-up maybe still running.</summary>
    public PlatformFactory NotWaitingForStartup()
    {
        waitsForStartup = false;
        return this;
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        if (waitsForStartup)
        {
            host.Services.GetRequiredService<PlatformStartup>().Completion.GetAwaiter().GetResult();
        }

        return host;
    }
}
