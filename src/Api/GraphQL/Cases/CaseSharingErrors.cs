using Platform.Api.GraphQL.Common.Mutations;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Cases;

/// <summary>A referral awaits its target's answer, so the case cannot move or be referred again meanwhile.</summary>
public sealed class PendingReferralException(string action, Case @case)
    : DomainException($"Cannot {action}: a referral awaits the answer of the unit it was sent to.")
{
    public override IReadOnlyList<PayloadError> Errors => [new InvalidTransitionError(Message, CaseChanges.StatusName(@case.Status))];
}

/// <summary>The case has no referral awaiting an answer.</summary>
public sealed class NoPendingReferralException(string action, Case @case)
    : DomainException($"Cannot {action}: the case has no referral awaiting an answer.")
{
    public override IReadOnlyList<PayloadError> Errors => [new InvalidTransitionError(Message, CaseChanges.StatusName(@case.Status))];
}
