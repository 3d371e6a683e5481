using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Platform.Bench.Probe;

/// <summary>Puts the probe endpoints in front of the whole pipeline, so that they need no token.</summary>
internal sealed class ProbeStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(ProbeEndpoints.HandleAsync);
        next(app);
    };
}
