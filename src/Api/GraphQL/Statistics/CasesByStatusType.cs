using Platform.Api.GraphQL.Cases;
using Platform.Data.Entities;
using Platform.Workflow.Statistics;

namespace Platform.Api.GraphQL.Statistics;

public sealed class CasesByStatusType() : StatsGroupType<CaseStatus, CaseStatusEnum>("CasesByStatus", "current status");
