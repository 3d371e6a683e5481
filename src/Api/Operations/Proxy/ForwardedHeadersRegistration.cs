using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Platform.Api.Operations.Proxy;

/// <summary>Forwarded headers from trusted proxies, so that a TLS-terminating proxy in front of plain-HTTP Kestrel works.</summary>
internal static class ForwardedHeadersRegistration
{
    public static void AddPlatformForwardedHeaders(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(ForwardedHeadersSettings.Section).Get<ForwardedHeadersSettings>()
            ?? new ForwardedHeadersSettings();
        builder.Services.AddSingleton(settings);
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto
                | (settings.ForwardHost ? ForwardedHeaders.XForwardedHost : ForwardedHeaders.None);
            options.ForwardLimit = settings.ForwardLimit;

            // The defaults (127.0.0.0/8 and ::1) stay; configured proxies are added to them.
            foreach (var proxy in settings.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in settings.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
    }

    public static void UsePlatformForwardedHeaders(this WebApplication app)
    {
        if (app.Services.GetRequiredService<ForwardedHeadersSettings>().Enabled)
        {
            app.UseForwardedHeaders();
        }
    }
}
