using GraphQL;
using GraphQL.Types;
using Platform.Api.GraphQL.Units;
using Platform.Workflow.Statistics;

namespace Platform.Api.GraphQL.Statistics;

/// <summary>The figures a unit reports on (定期通报) for its subtree over a period.</summary>
public sealed class UnitStatsType : ObjectGraphType<UnitStats>
{
    public UnitStatsType()
    {
        Name = "UnitStats";
        Description = "Figures for a unit's subtree over a period: cases registered in [from, to) and owned in the subtree, "
            + "the sessions and suggestions of the same subtree and period. Rates are fractions from 0 to 1 "
            + "(multiply by 100 for a percentage) and null when their denominator is 0.";

        Field<NonNullGraphType<UnitType>>("unit").Resolve(c => c.Source.Unit);
        Field<NonNullGraphType<DateTimeGraphType>>("from").Description("Start of the period, inclusive.").Resolve(c => c.Source.From);
        Field<NonNullGraphType<DateTimeGraphType>>("to").Description("End of the period, exclusive.").Resolve(c => c.Source.To);
        Field<NonNullGraphType<IntGraphType>>("cases").Description("Cases (批次).").Resolve(c => c.Source.Tally.Cases);
        Field<NonNullGraphType<IntGraphType>>("persons").Description("Persons (人次): the sum of the cases' headcounts.").Resolve(c => c.Source.Tally.Persons);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CasesByChannelType>>>>("byChannel")
            .Description("Every channel in declaration order, zeros included.")
            .Resolve(c => c.Source.Tally.ByChannel.ToGroups());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CasesByCategoryType>>>>("byCategory")
            .Description("Every category in declaration order, zeros included.")
            .Resolve(c => c.Source.Tally.ByCategory.ToGroups());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CasesByStatusType>>>>("byStatus")
            .Description("Every status in declaration order, zeros included; the cases' status now.")
            .Resolve(c => c.Source.Tally.ByStatus.ToGroups());

        Field<NonNullGraphType<IntGraphType>>("accepted").Description("Cases that were accepted (acceptedAt is set).").Resolve(c => c.Source.Tally.Accepted);
        Field<NonNullGraphType<IntGraphType>>("resolved")
            .Description("Cases that reached RESOLVED or beyond (resolvedAt is set).")
            .Resolve(c => c.Source.Tally.Resolved);
        Field<NonNullGraphType<IntGraphType>>("verified").Description("Cases with at least one verification (四个是否).").Resolve(c => c.Source.Tally.Verified);
        this.AddBulletinRateFields();
        Field<FloatGraphType>("acceptedOnTimeRate")
            .Description("Accepted by acceptDueAt ÷ accepted, from 0 to 1; null when none was accepted.")
            .Resolve(c => c.Source.Tally.AcceptedOnTimeRate);
        Field<FloatGraphType>("resolvedOnTimeRate")
            .Description("Resolved by resolveDueAt ÷ resolved, from 0 to 1; null when none was resolved.")
            .Resolve(c => c.Source.Tally.ResolvedOnTimeRate);
        Field<FloatGraphType>("participationRate")
            .Description("Verified ÷ resolved (参评率), from 0 to 1; null when none was resolved.")
            .Resolve(c => c.Source.Tally.ParticipationRate);
        Field<FloatGraphType>("satisfactionRate")
            .Description("SATISFIED or BASICALLY_SATISFIED in each case's latest verification ÷ verified, from 0 to 1; null when none was verified.")
            .Resolve(c => c.Source.Tally.SatisfactionRate);
        Field<NonNullGraphType<IntGraphType>>("citizenRated")
            .Description("Cases whose petitioner gave their own answer with the receipt (rateResolution).")
            .Resolve(c => c.Source.Tally.CitizenRated);
        Field<FloatGraphType>("citizenSatisfactionRate")
            .Description("SATISFIED or BASICALLY_SATISFIED in the petitioners' own answers ÷ citizenRated, from 0 to 1; apart from the staff-recorded satisfactionRate; null when none answered.")
            .Resolve(c => c.Source.Tally.CitizenSatisfactionRate);
        Field<NonNullGraphType<IntGraphType>>("overdueNow")
            .Description("Open cases past the deadline that applies now: REGISTERED past acceptDueAt, ACCEPTED or IN_PROGRESS past resolveDueAt.")
            .Resolve(c => c.Source.Tally.OverdueNow);
        Field<NonNullGraphType<IntGraphType>>("escalatedCount").Description("Cases with at least one ESCALATE share.").Resolve(c => c.Source.Tally.Escalated);
        Field<NonNullGraphType<IntGraphType>>("referredCount").Description("Cases with at least one REFER share.").Resolve(c => c.Source.Tally.Referred);

        Field<NonNullGraphType<MediationStatsType>>("mediation").Resolve(c => c.Source.Tally);
        Field<NonNullGraphType<SuggestionStatsType>>("suggestions").Resolve(c => c.Source.Tally);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitStatsType>>>>("breakdown")
            .Description("The same figures for each child unit's subtree, by code unless ranked by `order`; computed from the same queries.")
            .Argument<ListGraphType<NonNullGraphType<UnitStatsSortInputType>>>("order")
            .Resolve(c => c.Source.Breakdown(UnitStatsSortInputType.Parse(c.GetArgument<object>("order"))));
    }
}
