namespace Platform.Data;

/// <summary>A case that matched a search: its key and score (how often the query's words occur in it).</summary>
public sealed record CaseSearchHit(int CaseId, int Score);
