namespace Platform.Api.GraphQL.Search;

/// <summary>One search hit: the case's key, its score and an excerpt with the query's words marked.</summary>
public sealed record CaseSearchResult(int CaseId, int Score, string Snippet);
