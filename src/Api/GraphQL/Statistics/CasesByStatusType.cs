using Platform.Api.GraphQL.Cases;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Statistics;

public sealed class CasesByStatusType() : StatsGroupType<CaseStatus, CaseStatusEnum>("CasesByStatus", "current status");
