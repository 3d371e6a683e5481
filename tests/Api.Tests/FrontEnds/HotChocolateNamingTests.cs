using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.FrontEnds;

/// <summary>Issue 11, acceptance 1 (the naming part): documents written for a HotChocolate server run unchanged.</summary>
[Collection(SharedPlatform.Name)]
public sealed class HotChocolateNamingTests(PlatformFactory factory)
{
    [Fact]
    public async Task AFragmentOnCasesConnection_Should_Answer()
    {
        // act
        var response = await factory.AskAsync("putuo.officer", """
            fragment F on CasesConnection { totalCount }
            query { cases { ...F } }
            """);

        // assert
        Assert.True(response["errors"] is null, response["errors"]?.ToJsonString());
        Assert.True(response["data"]!["cases"]!.Int("totalCount") > 0);
    }

    [Fact]
    public async Task ConnectionsAndEdges_Should_BeNamedAfterTheirField()
    {
        // act
        var response = await factory.AskAsync("putuo.officer", """
            { cases(first: 1) { __typename edges { __typename node { events(first: 1) { __typename edges { __typename } } } } }
              viewer { queue(kind: PENDING_ACCEPTANCE, first: 1) { __typename } } }
            """);

        // assert
        Assert.True(response["errors"] is null, response["errors"]?.ToJsonString());
        var cases = response["data"]!["cases"]!;
        Assert.Equal("CasesConnection", cases.Str("__typename"));
        Assert.Equal("CasesEdge", cases["edges"]![0].Str("__typename"));
        Assert.Equal("EventsConnection", cases["edges"]![0]!["node"]!["events"].Str("__typename"));
        Assert.Equal("EventsEdge", cases["edges"]![0]!["node"]!["events"]!["edges"]![0].Str("__typename"));
        Assert.Equal("QueueConnection", response["data"]!["viewer"]!["queue"].Str("__typename"));
    }

    [Fact]
    public async Task Times_Should_BeWritten_WithMilliseconds()
    {
        // act
        var response = await factory.AskAsync("putuo.officer", "{ cases(first: 5) { nodes { registeredAt acceptDueAt } } }");

        // assert
        Assert.True(response["errors"] is null, response["errors"]?.ToJsonString());
        var times = response["data"]!["cases"]!["nodes"]!.AsArray().SelectMany(n => new[] { n.Str("registeredAt"), n.Str("acceptDueAt") });
        Assert.All(times, time => Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", time));
    }
}
