namespace Platform.Bench.Requests;

/// <summary>
/// The GraphQL documents of issue 10's table. The baseline recognises them by operation name, so
/// a change here needs the same change in Platform.Bench.Baseline (and the bench checks that the
/// two servers' answers are byte for byte the same before it measures anything).
/// </summary>
internal static class BenchQueries
{
    /// <summary>The fields of a case on both pages: units, petitioners and the 3 latest events.</summary>
    private const string CaseNodes = """
        nodes {
          id number title status registeredAt dueAt
          ownerUnit { name }
          handlingUnit { name }
          petitioners { name phone }
          events(last: 3) { nodes { kind occurredAt actorName actorUnit { name } } }
        }
        pageInfo { hasNextPage endCursor }
        """;

    /// <summary>A committee's IN_PROGRESS work queue, as its proxy opens it.</summary>
    public const string CommitteeQueue = $$"""
        query CommitteeQueue($first: Int!) {
          viewer {
            queue(kind: IN_PROGRESS, scope: UNIT, first: $first) {
              totalCount
              {{CaseNodes}}
            }
          }
        }
        """;

    /// <summary>The newest cases a township officer sees (owned in or shared into the township).</summary>
    public const string TownshipCases = $$"""
        query TownshipCases($first: Int!) {
          cases(first: $first) {
            totalCount
            {{CaseNodes}}
          }
        }
        """;

    /// <summary>The city-wide open cases as the issue states the query, read by <c>sh.admin</c>.</summary>
    public const string CityWide = """
        query CityWide {
          cases(first: 20, where: { status: { in: [ACCEPTED, IN_PROGRESS] } }, order: [{ registeredAt: DESC }]) {
            totalCount nodes { id }
          }
        }
        """;
}
