using Platform.Api.GraphQL.Cases;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Statistics;

public sealed class CategoryHotSpotType() : HotSpotType<CaseCategory, CaseCategoryEnum>("CategoryHotSpot", "category", "category");
