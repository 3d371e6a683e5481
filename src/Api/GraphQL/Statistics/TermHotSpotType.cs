using GraphQL.Types;

namespace Platform.Api.GraphQL.Statistics;

public sealed class TermHotSpotType() : HotSpotType<string, StringGraphType>("TermHotSpot", "term", "term");
