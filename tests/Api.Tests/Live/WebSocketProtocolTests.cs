using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Live;

/// <summary>The <c>graphql-transport-ws</c> rules: each violation closes the connection with the protocol's code.</summary>
public sealed class WebSocketProtocolTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string Subscription = """subscription { queueChanged(kind: IN_PROGRESS) { kind } }""";

    [Fact]
    public async Task Subscribe_BeforeConnectionInit_Should_Close4401()
    {
        // arrange
        await using var client = await LiveClient.OpenAsync(factory);

        // act
        await client.SubscribeAsync("1", Subscription);

        // assert
        Assert.Equal(4401, await client.ClosedWithAsync());
    }

    [Fact]
    public async Task ConnectionInit_WithAnInvalidToken_Should_Close4403()
    {
        // arrange
        await using var client = await LiveClient.OpenAsync(factory);

        // act
        await client.SendAsync(new { type = "connection_init", payload = new { Authorization = "Bearer not-a-token" } });

        // assert
        Assert.Equal(4403, await client.ClosedWithAsync());
    }

    [Fact]
    public async Task SecondConnectionInit_Should_Close4429()
    {
        // arrange
        await using var client = await LiveClient.ConnectAsync(factory, "taopu.officer");

        // act
        await client.SendAsync(new { type = "connection_init", payload = new { } });

        // assert
        Assert.Equal(4429, await client.ClosedWithAsync());
    }

    [Fact]
    public async Task SubscribingTwiceWithOneId_Should_Close4409()
    {
        // arrange
        await using var client = await LiveClient.ConnectAsync(factory, "taopu.officer");

        // act
        await client.SubscribeAsync("same", Subscription);
        await client.SubscribeAsync("same", Subscription);

        // assert
        Assert.Equal(4409, await client.ClosedWithAsync());
    }

    [Fact]
    public async Task InvalidMessage_Should_Close4400()
    {
        // arrange
        await using var client = await LiveClient.ConnectAsync(factory, "taopu.officer");

        // act
        await client.SendTextAsync("""{"no":"type"}""");

        // assert
        Assert.Equal(4400, await client.ClosedWithAsync());
    }

    [Fact]
    public async Task NoConnectionInit_WithinTheTimeout_Should_Close4408()
    {
        // arrange
        using var quick = new PlatformFactory().WithSetting("Live:ConnectionInitTimeout", "00:00:00.500");
        await using var client = await LiveClient.OpenAsync(quick);

        // act
        var code = await client.ClosedWithAsync();

        // assert
        Assert.Equal(4408, code);
    }

    [Fact]
    public async Task SubscriptionsBeyondTheLimit_Should_BeRefusedWithAnError()
    {
        // arrange
        using var limited = new PlatformFactory().WithSetting("Live:MaxSubscriptionsPerConnection", "1");
        await using var client = await LiveClient.ConnectAsync(limited, "taopu.officer");

        // act
        await client.SubscribeAsync("1", Subscription);
        await client.SubscribeAsync("2", Subscription);
        var refused = await client.ReceiveAsync();

        // assert
        Assert.Equal(("error", "2"), (refused.Str("type"), refused.Str("id")));
        Assert.Equal("TOO_MANY_SUBSCRIPTIONS", refused!["payload"]![0]!["extensions"].Str("code"));
    }
}
