using Platform.Data.Entities;

namespace Platform.Bench.Generation;

/// <summary>
/// The shares of a generated case: about one case in eight moves to another handling unit (up,
/// down or across with an accepted referral, as every IN_PROGRESS case that is not a review
/// did), a few get an assist, a few a referral that is still pending or was returned.
/// </summary>
internal sealed class CaseShareSteps(UnitTree tree, TextPool texts)
{
    private readonly UnitNode[] townships = [.. tree.All.Where(u => u.Kind == UnitKind.Township)];

    /// <summary>Shares as the demo data has them; returns whether one moved the case to another handling unit.</summary>
    public bool Share(CaseTimeline timeline, DateTime at, DateTime until, CaseStatus target, bool review, Random random)
    {
        var @case = timeline.Case;
        var answeredAt = at + Min(TimeSpan.FromHours(2 + random.Next(72)), (until - at) * 0.5);
        var roll = random.Next(100);
        if ((target == CaseStatus.InProgress && !review) || (target is not CaseStatus.Accepted && roll < 12))
        {
            var (kind, to) = MoveTarget(@case.Handling, random);
            timeline.Move(kind, to, at, answeredAt, texts.Reason(kind, random), texts, random);
            return true;
        }

        if (roll < 15)
        {
            timeline.Assist(OtherTownship(@case.Owner, random), at, texts.Reason(ShareKind.Assist, random));
        }
        else if (roll < 17)
        {
            // An open case may still wait for the answer; a finished one had its referral returned.
            var returnedAt = target is CaseStatus.Accepted ? (DateTime?)null : answeredAt;
            timeline.Refer(OtherTownship(@case.Owner, random), at, texts.Reason(ShareKind.Refer, random), returnedAt, texts, random);
        }

        return false;
    }

    /// <summary>Up to the parent (上报), down to a child (交办), or across to another township that accepts (转办).</summary>
    private (ShareKind Kind, UnitNode Target) MoveTarget(UnitNode handling, Random random)
    {
        var children = handling.Children.Where(c => c.Kind != UnitKind.Grid || handling.Kind == UnitKind.Committee).ToList();
        var roll = random.Next(10);
        return handling.Kind switch
        {
            UnitKind.Grid or UnitKind.Committee when roll < 8 => (ShareKind.Escalate, handling.Parent!),
            UnitKind.Grid or UnitKind.Committee => (ShareKind.Refer, OtherTownship(handling, random)),
            UnitKind.Township when roll < 6 && children.Count > 0 => (ShareKind.Assign, children[random.Next(children.Count)]),
            UnitKind.Township when roll < 9 => (ShareKind.Escalate, handling.Parent!),
            UnitKind.Township => (ShareKind.Refer, OtherTownship(handling, random)),
            UnitKind.District when roll < 9 && children.Count > 0 => (ShareKind.Assign, children[random.Next(children.Count)]),
            UnitKind.District => (ShareKind.Escalate, handling.Parent!),
            _ => (ShareKind.Assign, children[random.Next(children.Count)]),
        };
    }

    private UnitNode OtherTownship(UnitNode unit, Random random)
    {
        while (true)
        {
            var candidate = townships[random.Next(townships.Length)];
            if (!unit.Path.StartsWith(candidate.Path, StringComparison.Ordinal))
            {
                return candidate;
            }
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
