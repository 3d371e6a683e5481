using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Operations;

/// <summary>
/// Issue 7 item 3 at the connection level, against a real Kestrel listener on 127.0.0.1: bodies
/// that are too large, badly chunked, or shorter than announced (and so too slow) get their 4xx as coded
/// JSON (OAuth <c>invalid_request</c> on the token endpoint) and nothing of the server's insides,
/// in Development and in Production. In Production the token endpoint is reached as behind a TLS
/// proxy on loopback, with <c>X-Forwarded-Proto: https</c>.
/// </summary>
public sealed class KestrelErrorTests
{
    public static TheoryData<string, string> Targets() => new()
    {
        { "Development", "/connect/token" },
        { "Development", "/graphql" },
        { "Production", "/connect/token" },
        { "Production", "/graphql" },
    };

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task MalformedBodies_Should_Get_400_413_408_AsCodedJson(string environment, string path)
    {
        // arrange
        using var factory = PlatformFactory.ForEnvironment(environment)
            .WithServices(services => services.Configure<KestrelServerOptions>(kestrel =>
            {
                // A short grace period, so that the slow-body case answers in a couple of seconds.
                kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(240, TimeSpan.FromSeconds(2));
                kestrel.Limits.MaxRequestBodySize = 1_000_000;
            }));
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        using var client = factory.CreateClient();
        var server = client.BaseAddress!;
        var type = path == "/graphql" ? "application/json" : "application/x-www-form-urlencoded";
        var head = $"POST {path} HTTP/1.1\r\nContent-Type: {type}\r\nX-Forwarded-Proto: https";

        // act
        var badChunk = await RawHttp.SendAsync(server, head + "\r\nTransfer-Encoding: chunked", "zz\r\nabc\r\n0\r\n\r\n");
        var tooLarge = await RawHttp.SendAsync(server, head + "\r\nContent-Length: 2000000", "grant_type=");

        // A body shorter than its Content-Length, the client waiting: too slow once the grace period is over.
        var shortBody = await RawHttp.SendAsync(server, head + "\r\nContent-Length: 100", "grant_type=");

        // The same, the client hanging up: Kestrel closes the connection; nothing to answer, nothing leaked.
        var hungUp = await RawHttp.SendAsync(server, head + "\r\nContent-Length: 100", "grant_type=", hangUp: true);

        // assert
        Assert.Equal([400, 413, 408], new[] { badChunk.Status, tooLarge.Status, shortBody.Status });
        AssertCoded(path, badChunk);
        AssertCoded(path, tooLarge);
        AssertCoded(path, shortBody);
        Assert.True(hungUp.Status is 0 or 400, $"answered {hungUp.Status}");
        NoInternals.In(hungUp.Body);
    }

    private static void AssertCoded(string path, RawHttp.Answer answer)
    {
        NoInternals.In(answer.Body);
        var json = JsonNode.Parse(answer.Body)!;
        if (path == "/graphql")
        {
            Assert.False(string.IsNullOrEmpty(json["errors"]![0]!["extensions"]!["code"]!.GetValue<string>()));
        }
        else
        {
            Assert.Equal("invalid_request", json["error"]!.GetValue<string>());
        }
    }
}
