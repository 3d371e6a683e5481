using Platform.Api.GraphQL.Cases;
using Platform.Data.Entities;
using Platform.Workflow.Statistics;

namespace Platform.Api.GraphQL.Statistics;

public sealed class CasesByChannelType() : StatsGroupType<Channel, ChannelEnum>("CasesByChannel", "channel");
