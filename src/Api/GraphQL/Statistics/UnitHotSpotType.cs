using Platform.Api.GraphQL.Units;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Statistics;

public sealed class UnitHotSpotType() : HotSpotType<Unit, UnitType>("UnitHotSpot", "unit", "child unit's subtree");
