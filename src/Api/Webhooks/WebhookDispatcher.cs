using Microsoft.Extensions.Options;
using Platform.Data;
using Platform.Workflow.Webhooks;

namespace Platform.Api.Webhooks;

/// <summary>Every replica's webhook loop: at each <see cref="WebhookOptions.PollInterval"/>, fan new changes out to deliveries, then attempt the due ones.</summary>
public sealed class WebhookDispatcher(
    WebhookFanOut fanOut, WebhookSender sender, PlatformStartup startup, IOptions<WebhookOptions> options, ILogger<WebhookDispatcher> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await startup.WaitAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // A full batch means more is waiting: go on without a pause.
                var busy = await fanOut.RunAsync(stoppingToken) >= options.Value.BatchSize;
                busy |= await sender.RunAsync(stoppingToken) >= options.Value.BatchSize;
                if (busy)
                {
                    continue;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogWarning(ex, "Delivering webhooks failed; trying again.");
            }

            try
            {
                await Task.Delay(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
