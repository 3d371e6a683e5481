using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Platform.Api.Tests.Webhooks;

/// <summary>An integration's receiver: Kestrel on 127.0.0.1 and a free port, recording every post; answers <see cref="Status"/>.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<Received> received = new();

    private WebhookReceiver(WebApplication app) => this.app = app;

    public int Status { get; set; } = StatusCodes.Status204NoContent;

    public Uri Url => new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single() + "/hook");

    public IReadOnlyList<Received> Posts => [.. received];

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hook", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            receiver.received.Enqueue(new Received(
                body, request.Headers["Platform-Signature"].ToString(), request.Headers["Platform-Delivery"].ToString(), request.Headers["Platform-Event"].ToString()));
            return Results.StatusCode(receiver.Status);
        });
        await app.StartAsync();
        return receiver;
    }

    /// <summary>Waits until at least <paramref name="count"/> posts arrived, or fails after <paramref name="within"/>.</summary>
    public async Task<IReadOnlyList<Received>> WaitForAsync(int count, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(15));
        while (received.Count < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Only {received.Count} of {count} webhook posts arrived.");
            await Task.Delay(50);
        }

        return Posts;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    /// <summary>One post as it arrived.</summary>
    public sealed record Received(string Body, string Signature, string DeliveryId, string Event)
    {
        public JsonNode Json => JsonNode.Parse(Body)!;

        /// <summary>
        /// Checks the signature as a receiver would, independently of the server's code: HMAC-SHA256
        /// with <paramref name="secret"/> over <c>t.body</c>, and a timestamp within the tolerance of <paramref name="now"/>.
        /// </summary>
        public bool IsSignedWith(string secret, DateTime now, string? body = null)
        {
            var parts = Signature.Split(',').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
            var timestamp = long.Parse(parts["t"], System.Globalization.CultureInfo.InvariantCulture);
            var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body ?? Body}")));
            var fresh = Math.Abs(new DateTimeOffset(now).ToUnixTimeSeconds() - timestamp) <= 300;
            return fresh && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(parts["v1"]));
        }
    }
}
