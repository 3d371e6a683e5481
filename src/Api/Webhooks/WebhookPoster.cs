using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using Platform.Data;
using Platform.Data.Entities;
using Platform.Workflow.Webhooks;

namespace Platform.Api.Webhooks;

/// <summary>
/// Posts one delivery's body to its hook, signed (<see cref="WebhookSignature"/>), through the
/// <c>webhooks</c> HTTP client: its timeout, no redirects, and (unless private addresses are
/// allowed) a connection only to public addresses. At most <see cref="WebhookOptions.MaxResponseBytes"/>
/// of the answer are read.
/// </summary>
public sealed class WebhookPoster(IHttpClientFactory clients, IClock clock, IOptions<WebhookOptions> options)
{
    public const string ClientName = "webhooks";
    private const int MaxError = 500;

    public async Task<WebhookAttempt> PostAsync(Webhook hook, WebhookDelivery delivery, CancellationToken ct)
    {
        var timestamp = new DateTimeOffset(clock.UtcNow).ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, hook.Url)
        {
            Content = new StringContent(delivery.Body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(hook.Secret, timestamp, delivery.Body));
        request.Headers.Add(WebhookSignature.DeliveryHeader, delivery.Key.ToString("D"));
        request.Headers.Add(WebhookSignature.EventHeader, Data.Events.EnumNames.Constant(delivery.Kind));
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            var code = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                return new WebhookAttempt(true, code, null);
            }

            var answer = await ReadSomeAsync(response, ct);
            return new WebhookAttempt(false, code, Cut(string.Create(CultureInfo.InvariantCulture, $"HTTP {code}{(answer.Length > 0 ? ": " + answer : "")}")));
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            return new WebhookAttempt(false, null, Cut(ex is TaskCanceledException
                ? $"No answer within {options.Value.Timeout}."
                : ex.InnerException?.Message ?? ex.Message));
        }
    }

    private async Task<string> ReadSomeAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var buffer = new byte[Math.Max(0, options.Value.MaxResponseBytes)];
        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        var read = 0;
        int n;
        while (read < buffer.Length && (n = await stream.ReadAsync(buffer.AsMemory(read), ct)) > 0)
        {
            read += n;
        }

        return Encoding.UTF8.GetString(buffer, 0, read).Trim();
    }

    private static string Cut(string text) => text.Length <= MaxError ? text : text[..MaxError];
}
