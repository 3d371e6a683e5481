using System.ComponentModel;

namespace Platform.Workflow.Statistics;

/// <summary>
/// One row of a bulletin (定期通报) spreadsheet: a unit's subtree over the period, with the figures
/// <c>unitStats</c> gives under the same names. Headers are Chinese then English; rates are
/// fractions from 0 to 1, empty when their denominator is 0.
/// </summary>
public sealed class BulletinRow
{
    [DisplayName("单位 Unit")] public string Unit { get; set; } = "";
    [DisplayName("路径 Path")] public string Path { get; set; } = "";
    [DisplayName("起 From")] public DateTime From { get; set; }
    [DisplayName("止 To")] public DateTime To { get; set; }
    [DisplayName("批次 Cases")] public int Cases { get; set; }
    [DisplayName("人次 Persons")] public int Persons { get; set; }
    [DisplayName("应响应 Response due")] public int ResponseDue { get; set; }
    [DisplayName("按时响应 Responded on time")] public int RespondedOnTime { get; set; }
    [DisplayName("响应率 Response rate")] public double? ResponseRate { get; set; }
    [DisplayName("受理 Accepted")] public int Accepted { get; set; }
    [DisplayName("不予受理 Declined")] public int Declined { get; set; }
    [DisplayName("办结 Resolved")] public int Resolved { get; set; }
    [DisplayName("参评 Verified")] public int Verified { get; set; }
    [DisplayName("解决 Solved")] public int Solved { get; set; }
    [DisplayName("解决率 Resolution rate")] public double? ResolutionRate { get; set; }
    [DisplayName("满意 Satisfied")] public int Satisfied { get; set; }
    [DisplayName("满意率 Satisfaction rate")] public double? SatisfactionRate { get; set; }
    [DisplayName("群众评价 Citizen rated")] public int CitizenRated { get; set; }
    [DisplayName("群众满意率 Citizen satisfaction rate")] public double? CitizenSatisfactionRate { get; set; }
    [DisplayName("按时受理率 Accepted on time rate")] public double? AcceptedOnTimeRate { get; set; }
    [DisplayName("按时办结率 Resolved on time rate")] public double? ResolvedOnTimeRate { get; set; }
    [DisplayName("参评率 Participation rate")] public double? ParticipationRate { get; set; }
    [DisplayName("当前超期 Overdue now")] public int OverdueNow { get; set; }
    [DisplayName("上报 Escalated")] public int EscalatedCount { get; set; }
    [DisplayName("转办 Referred")] public int ReferredCount { get; set; }
    [DisplayName("重复信访 Repeats")] public int RepeatCount { get; set; }
    [DisplayName("重复信访率 Repeat rate")] public double? RepeatRate { get; set; }
    [DisplayName("调解场次 Mediation sessions")] public int MediationSessions { get; set; }
    [DisplayName("调解完成 Mediation completed")] public int MediationCompleted { get; set; }
    [DisplayName("调解成功 Agreements")] public int MediationAgreements { get; set; }
    [DisplayName("调解成功率 Agreement rate")] public double? AgreementRate { get; set; }
    [DisplayName("收到建议 Suggestions received")] public int SuggestionsReceived { get; set; }
    [DisplayName("答复建议 Suggestions answered")] public int SuggestionsAnswered { get; set; }
    [DisplayName("采纳建议 Suggestions adopted")] public int SuggestionsAdopted { get; set; }
    [DisplayName("采纳率 Adopted rate")] public double? AdoptedRate { get; set; }
}
