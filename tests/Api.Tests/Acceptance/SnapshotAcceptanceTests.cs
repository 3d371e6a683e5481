using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Api.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace Platform.Api.Tests.Acceptance;

/// <summary>
/// Whole responses for the demo data, reviewed like code. They are repeatable because the host's
/// clock is fixed and the seed is deterministic.
/// </summary>
[Collection(SharedPlatform.Name)]
public sealed class SnapshotAcceptanceTests(PlatformFactory factory)
{
    // Indented, with Chinese text left readable in the snapshot file.
    private static readonly JsonSerializerOptions Readable = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [Fact]
    public async Task TheNewestCasesOfTaopu_Should_Match_TheSnapshot()
    {
        // act
        var response = await factory.AskAsync("taopu.officer", """
            {
              cases(first: 5, order: [{ registeredAt: DESC }]) {
                totalCount
                pageInfo { hasNextPage endCursor }
                edges {
                  cursor
                  node {
                    id
                    number
                    title
                    status
                    headcount
                    channel
                    ownerUnit { name path }
                    handlingUnit { name }
                    petitioners { name phone }
                    events(first: 3) { nodes { kind actorName actorUnit { name } } }
                  }
                }
              }
            }
            """);

        // assert
        Assert.Empty(response.ErrorCodes());
        Readably(response).MatchSnapshot();
    }

    [Fact]
    public async Task TheTaopuCampaign_Should_Match_TheSnapshot_WithItsSuggestions()
    {
        // act
        var response = await factory.AskAsync("taopu.officer", """
            {
              campaigns(where: { title: { contains: "桃浦" } }) {
                totalCount
                nodes {
                  title
                  status
                  unit { name }
                  suggestions(first: 5) { totalCount nodes { content status channel submitterName } }
                }
              }
            }
            """);

        // assert
        Assert.Empty(response.ErrorCodes());
        Readably(response).MatchSnapshot();
    }

    [Fact]
    public async Task APageSizeError_Should_Match_TheSnapshot()
    {
        // act
        var response = await factory.AskAsync("taopu.officer", """
            { cases(first: 101) { nodes { number } } }
            """);

        // assert
        Readably(response).MatchSnapshot();
    }

    private static string Readably(JsonObject response) => response.ToJsonString(Readable);
}
