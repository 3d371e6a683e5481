using Platform.Data.Entities;

namespace Platform.Workflow.Statistics;

/// <summary>
/// The counts behind the figures of one subtree: filled per owner path from the grouped queries,
/// then summed into a unit's subtree. Rates are derived here, <c>null</c> when there is nothing to divide by.
/// </summary>
public sealed class StatsTally
{
    public int Cases { get; set; }
    public int Persons { get; set; }
    public CountsBy<Channel> ByChannel { get; } = new();
    public CountsBy<CaseCategory> ByCategory { get; } = new();
    public CountsBy<CaseStatus> ByStatus { get; } = new();
    public int Accepted { get; set; }
    public int AcceptedOnTime { get; set; }
    public int Resolved { get; set; }
    public int ResolvedOnTime { get; set; }
    public int OverdueNow { get; set; }

    /// <summary>Cases declined (不予受理) without acceptance, and those declined by the acceptance deadline.</summary>
    public int Declined { get; set; }
    public int DeclinedOnTime { get; set; }

    /// <summary>Cases still REGISTERED past their acceptance deadline: due an answer, and late already.</summary>
    public int UnansweredPastDue { get; set; }

    /// <summary>Cases linked as repeats (重复信访) of an earlier case.</summary>
    public int Repeats { get; set; }
    public int Verified { get; set; }

    /// <summary>Verified cases whose latest verification says the problem was solved.</summary>
    public int Solved { get; set; }
    public int Satisfied { get; set; }
    public int CitizenRated { get; set; }
    public int CitizenSatisfied { get; set; }
    public int Escalated { get; set; }
    public int Referred { get; set; }
    public int Sessions { get; set; }
    public int SessionsCompleted { get; set; }
    public int Agreements { get; set; }
    public int SuggestionsReceived { get; set; }
    public int SuggestionsAnswered { get; set; }
    public int SuggestionsAdopted { get; set; }

    /// <summary>Cases due an answer: accepted or declined (at any time), or still waiting past the acceptance deadline.</summary>
    public int ResponseDue => Accepted + Declined + UnansweredPastDue;

    /// <summary>Cases accepted or declined by their acceptance deadline.</summary>
    public int RespondedOnTime => AcceptedOnTime + DeclinedOnTime;

    /// <summary>响应率: answered on time ÷ due an answer.</summary>
    public double? ResponseRate => Rate(RespondedOnTime, ResponseDue);

    /// <summary>解决率: solved ÷ verified, each case by its latest verification.</summary>
    public double? ResolutionRate => Rate(Solved, Verified);

    /// <summary>重复信访率: repeats ÷ cases.</summary>
    public double? RepeatRate => Rate(Repeats, Cases);

    public double? AcceptedOnTimeRate => Rate(AcceptedOnTime, Accepted);

    public double? ResolvedOnTimeRate => Rate(ResolvedOnTime, Resolved);

    public double? ParticipationRate => Rate(Verified, Resolved);

    public double? SatisfactionRate => Rate(Satisfied, Verified);

    public double? CitizenSatisfactionRate => Rate(CitizenSatisfied, CitizenRated);

    public double? AgreementRate => Rate(Agreements, SessionsCompleted);

    public double? AdoptedRate => Rate(SuggestionsAdopted, SuggestionsAnswered);

    /// <summary>The sum of <paramref name="parts"/>.</summary>
    public static StatsTally Sum(IEnumerable<StatsTally> parts)
    {
        var total = new StatsTally();
        foreach (var part in parts)
        {
            total.Add(part);
        }

        return total;
    }

    private void Add(StatsTally other)
    {
        Cases += other.Cases;
        Persons += other.Persons;
        ByChannel.Add(other.ByChannel);
        ByCategory.Add(other.ByCategory);
        ByStatus.Add(other.ByStatus);
        Accepted += other.Accepted;
        AcceptedOnTime += other.AcceptedOnTime;
        Resolved += other.Resolved;
        ResolvedOnTime += other.ResolvedOnTime;
        OverdueNow += other.OverdueNow;
        Declined += other.Declined;
        DeclinedOnTime += other.DeclinedOnTime;
        UnansweredPastDue += other.UnansweredPastDue;
        Repeats += other.Repeats;
        Verified += other.Verified;
        Solved += other.Solved;
        Satisfied += other.Satisfied;
        CitizenRated += other.CitizenRated;
        CitizenSatisfied += other.CitizenSatisfied;
        Escalated += other.Escalated;
        Referred += other.Referred;
        Sessions += other.Sessions;
        SessionsCompleted += other.SessionsCompleted;
        Agreements += other.Agreements;
        SuggestionsReceived += other.SuggestionsReceived;
        SuggestionsAnswered += other.SuggestionsAnswered;
        SuggestionsAdopted += other.SuggestionsAdopted;
    }

    private static double? Rate(int part, int whole) => whole == 0 ? null : (double)part / whole;
}
