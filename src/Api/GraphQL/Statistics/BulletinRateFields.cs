using GraphQL.Types;
using Platform.Workflow.Statistics;

namespace Platform.Api.GraphQL.Statistics;

/// <summary>The three rates a hotline bulletin ranks units by (响应率, 解决率, 满意率), their counts, and the repeat rate.</summary>
public static class BulletinRateFields
{
    public static void AddBulletinRateFields(this ObjectGraphType<UnitStats> type)
    {
        type.Field<NonNullGraphType<IntGraphType>>("declined")
            .Description("Cases declined (不予受理) without having been accepted.")
            .Resolve(c => c.Source.Tally.Declined);
        type.Field<NonNullGraphType<IntGraphType>>("responseDue")
            .Description("Cases due an answer: accepted + declined + still REGISTERED past acceptDueAt.")
            .Resolve(c => c.Source.Tally.ResponseDue);
        type.Field<NonNullGraphType<IntGraphType>>("respondedOnTime")
            .Description("Cases accepted or declined by acceptDueAt.")
            .Resolve(c => c.Source.Tally.RespondedOnTime);
        type.Field<FloatGraphType>("responseRate")
            .Description("响应率: respondedOnTime ÷ responseDue, from 0 to 1; null when no case is due an answer.")
            .Resolve(c => c.Source.Tally.ResponseRate);
        type.Field<NonNullGraphType<IntGraphType>>("solved")
            .Description("Verified cases whose latest verification says the problem was solved (问题是否解决).")
            .Resolve(c => c.Source.Tally.Solved);
        type.Field<FloatGraphType>("resolutionRate")
            .Description("解决率: solved ÷ verified, from 0 to 1; null when none was verified.")
            .Resolve(c => c.Source.Tally.ResolutionRate);
        type.Field<NonNullGraphType<IntGraphType>>("satisfied")
            .Description("Verified cases whose latest verification is SATISFIED or BASICALLY_SATISFIED (the numerator of satisfactionRate, 满意率).")
            .Resolve(c => c.Source.Tally.Satisfied);
        type.Field<NonNullGraphType<IntGraphType>>("repeatCount")
            .Description("Cases linked as repeats (重复信访) of an earlier case (linkDuplicate).")
            .Resolve(c => c.Source.Tally.Repeats);
        type.Field<FloatGraphType>("repeatRate")
            .Description("重复信访率: repeatCount ÷ cases, from 0 to 1; null when there are no cases.")
            .Resolve(c => c.Source.Tally.RepeatRate);
    }
}
