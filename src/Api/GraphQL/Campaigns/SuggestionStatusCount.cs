using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Campaigns;

/// <summary>How many of a campaign's visible suggestions are in one status.</summary>
public sealed record SuggestionStatusCount(SuggestionStatus Status, int Count);
