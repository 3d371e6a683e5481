using Platform.Api.GraphQL.Cases;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Statistics;

public sealed class CasesByCategoryType() : StatsGroupType<CaseCategory, CaseCategoryEnum>("CasesByCategory", "category");
