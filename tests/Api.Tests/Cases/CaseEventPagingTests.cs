using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.GraphQL.Cases;
using Platform.Api.GraphQL.Common.Paging;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Api.Tests.Acceptance;
using Platform.Api.Tests.Infrastructure;
using Platform.Data;
using Platform.Data.Entities;
using Platform.Data.Tenancy;

namespace Platform.Api.Tests.Cases;

/// <summary>
/// A case with a long timeline: its <c>events</c> are paged in SQL, per case, so a page reads about
/// as many rows as it shows, whatever the length of the timeline, and shows what paging the whole
/// timeline would show.
/// </summary>
public sealed class CaseEventPagingTests : IAsyncLifetime
{
    // sh.officer sees every case of the city.
    private const string User = "sh.officer";
    private const int AddedEvents = 500;

    private const string CasesWithEvents = """
        query Events($first: Int, $after: String, $last: Int, $before: String) {
          cases(first: 3) {
            nodes {
              number
              events(first: $first, after: $after, last: $last, before: $before) {
                totalCount
                edges { cursor node { id } }
                pageInfo { hasNextPage hasPreviousPage }
              }
            }
          }
        }
        """;

    // The nodes alone: no cursors, no page info, no total.
    private const string LastNodes = """
        query Events($last: Int) {
          cases(first: 3) { nodes { number events(last: $last) { nodes { id } } } }
        }
        """;

    private readonly SqlCommandLog log = new();
    private readonly PlatformFactory factory;
    private Dictionary<string, List<string>> timelines = [];
    private string longCase = "";

    public CaseEventPagingTests()
    {
        factory = new PlatformFactory().WithServices(services => services.AddSingleton<IInterceptor>(log));
    }

    public async Task InitializeAsync()
    {
        var page = await factory.AskAsync(User, "{ cases(first: 3) { nodes { number } } }");
        var numbers = page["data"]!["cases"]!["nodes"]!.AsArray().Select(n => n!["number"]!.GetValue<string>()).ToList();
        longCase = numbers[1];

        await using var db = factory.Services.GetRequiredService<SystemDbContexts>().For(TenantScope.For("/sh/"));
        var target = await db.Cases.AsNoTracking().SingleAsync(c => c.Number == longCase);
        var start = new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        db.CaseEvents.AddRange(Enumerable.Range(0, AddedEvents).Select(i => new CaseEvent
        {
            CaseId = target.Id,
            OwnerPath = target.OwnerPath,
            Kind = CaseEventKind.Registered,

            // Pairs of events share a time, so the order also relies on the tie-breaker.
            OccurredAt = start.AddMinutes(i / 2),
            ActorId = "test",
            ActorName = "test",
            ActorUnitId = target.OwnerUnitId,
            Note = $"added {i}",
        }));
        await db.SaveChangesAsync();

        // The whole timelines in the connection's default order, to page in memory as the expectation.
        var events = await db.CaseEvents.AsNoTracking()
            .Where(e => numbers.Contains(e.Case!.Number))
            .Select(e => new { e.Case!.Number, e.Id, e.OccurredAt })
            .ToListAsync();
        timelines = events
            .GroupBy(e => e.Number)
            .ToDictionary(g => g.Key, g => g.OrderBy(e => e.OccurredAt).ThenBy(e => e.Id).Select(e => GlobalId.Encode(CaseEventType.TypeName, e.Id)).ToList());
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task FirstPage_Should_Show_TheFirstTenEvents_AndRead_AtMostElevenRowsPerCase()
    {
        // act
        var cases = await EventsAsync(new { first = 10 });

        // assert
        AssertPages(cases, PageRequest.Create(first: 10));
        var page = Assert.Single(log.Reads, r => r.Command.Contains("ROW_NUMBER() OVER(PARTITION BY \"c", StringComparison.Ordinal));
        Assert.InRange(page.Rows, 1, 3 * 11);
        Assert.DoesNotContain(log.Reads, r => r.Rows > AddedEvents / 2);
    }

    [Fact]
    public async Task PageAfterACursor_Should_Continue_EachTimeline()
    {
        // act
        var cases = await EventsAsync(new { first = 10, after = Cursor.Encode(9) });

        // assert
        AssertPages(cases, PageRequest.Create(first: 10, after: Cursor.Encode(9)));
        Assert.DoesNotContain(log.Reads, r => r.Rows > AddedEvents / 2);
    }

    [Fact]
    public async Task LastFive_Should_Show_TheEndOfEachTimeline()
    {
        // act
        var cases = await EventsAsync(new { last = 5 });

        // assert
        AssertPages(cases, PageRequest.Create(last: 5));
        Assert.DoesNotContain(log.Reads, r => r.Rows > AddedEvents / 2);
    }

    [Fact]
    public async Task LastFiveBeforeACursor_Should_Show_TheFiveEventsBefore_OrTheEndOfAShorterTimeline()
    {
        // act
        var cases = await EventsAsync(new { last = 5, before = Cursor.Encode(300) });

        // assert
        AssertPages(cases, PageRequest.Create(last: 5, before: Cursor.Encode(300)));
        Assert.DoesNotContain(log.Reads, r => r.Rows > AddedEvents / 2);
    }

    [Fact]
    public async Task LastFiveNodesAlone_Should_Show_TheEndOfEachTimeline_WithoutCountingIt()
    {
        // act
        var cases = await EventsAsync(new { last = 5 }, LastNodes);

        // assert: the nodes of the last page, read in one command that counts nothing
        Assert.Equal(3, cases.Count);
        foreach (var node in cases)
        {
            var expected = ConnectionBuilder.FromList(timelines.GetValueOrDefault(node!["number"]!.GetValue<string>()) ?? [], PageRequest.Create(last: 5));
            Assert.Equal(expected.Edges.Select(e => e.Node), node["events"]!["nodes"]!.AsArray().Select(e => e!["id"]!.GetValue<string>()));
        }

        var events = Assert.Single(log.Commands, c => c.Contains("FROM \"CaseEvents\"", StringComparison.Ordinal));
        Assert.DoesNotContain("COUNT(", events, StringComparison.Ordinal);
        Assert.DoesNotContain(log.Reads, r => r.Rows > AddedEvents / 2);
    }

    private async Task<JsonArray> EventsAsync(object variables, string query = CasesWithEvents)
    {
        using var client = factory.CreateClient(await factory.GetTokenAsync(User));
        log.Clear();
        var response = await client.PostGraphQLAsync(query, variables);
        Assert.Empty(response.ErrorCodes());
        return response["data"]!["cases"]!["nodes"]!.AsArray();
    }

    /// <summary>Each case's page is the one <see cref="ConnectionBuilder.FromList"/> cuts out of its whole timeline.</summary>
    private void AssertPages(JsonArray cases, PageRequest request)
    {
        Assert.Equal(3, cases.Count);
        Assert.Contains(cases, c => c!["number"]!.GetValue<string>() == longCase);
        foreach (var node in cases)
        {
            var number = node!["number"]!.GetValue<string>();
            var expected = ConnectionBuilder.FromList(timelines.GetValueOrDefault(number) ?? [], request);
            var events = node["events"]!;
            Assert.Equal(expected.TotalCount, events["totalCount"]!.GetValue<int>());
            Assert.Equal(expected.Edges.Select(e => e.Node), events["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>()));
            Assert.Equal(expected.Edges.Select(e => e.Cursor), events["edges"]!.AsArray().Select(e => e!["cursor"]!.GetValue<string>()));
            Assert.Equal(expected.PageInfo.HasNextPage, events["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
            Assert.Equal(expected.PageInfo.HasPreviousPage, events["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        }
    }
}
