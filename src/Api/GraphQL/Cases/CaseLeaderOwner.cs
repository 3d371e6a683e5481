namespace Platform.Api.GraphQL.Cases;

/// <summary>The leader who owns a case (领导包案): the user's id (the token's <c>sub</c>) and display name.</summary>
public sealed record CaseLeaderOwner(string UserId, string Name);
