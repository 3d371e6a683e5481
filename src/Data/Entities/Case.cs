namespace Platform.Data.Entities;

/// <summary>One petition or dispute (信访事项).</summary>
public sealed class Case : ITenantOwned, IVersioned
{
    public int Id { get; set; }
    public string Number { get; set; } = "";
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public CaseCategory Category { get; set; }
    public Channel Channel { get; set; }
    public ReceptionForm ReceptionForm { get; set; }
    public CaseStatus Status { get; set; }

    /// <summary>Persons in the visit (人次); a case is one batch (批次).</summary>
    public int Headcount { get; set; } = 1;

    public int OwnerUnitId { get; set; }
    public Unit? OwnerUnit { get; set; }
    public string OwnerPath { get; set; } = "";

    public int HandlingUnitId { get; set; }
    public Unit? HandlingUnit { get; set; }
    public string HandlingPath { get; set; } = "";

    /// <summary>The officer who first received the case (首接负责); set once.</summary>
    public string FirstReceiverId { get; set; } = "";
    public string FirstReceiverName { get; set; } = "";

    public string? LeaderOwnerId { get; set; }
    public string? LeaderOwnerName { get; set; }

    /// <summary>The handling unit a reminder (提醒帮办) was last addressed to, and when; the reminder stays with that unit.</summary>
    public string? RemindedPath { get; set; }
    public DateTime? RemindedAt { get; set; }

    public DateTime RegisteredAt { get; set; }
    public DateTime AcceptDueAt { get; set; }
    public DateTime? AcceptedAt { get; set; }
    public DateTime? ResolveDueAt { get; set; }
    public DateTime? ResolvedAt { get; set; }
    public DateTime? ClosedAt { get; set; }
    public bool DeadlineExtended { get; set; }
    public int ReviewCount { get; set; }
    public string? Answer { get; set; }

    /// <summary>Makes registration idempotent per principal.</summary>
    public string? ClientMutationId { get; set; }

    /// <summary>The SHA-256 of the receipt code given to the petitioner; the code itself is shown once.</summary>
    public string? ReceiptHash { get; set; }

    /// <summary>The petitioner's own answer after resolution (群众是否满意), given once with the receipt.</summary>
    public Satisfaction? CitizenSatisfaction { get; set; }
    public string? CitizenComment { get; set; }
    public DateTime? CitizenRatedAt { get; set; }

    /// <summary>The earlier case this one repeats (重复信访), if an officer linked them.</summary>
    public int? PrimaryCaseId { get; set; }

    public int Version { get; set; } = 1;

    // The collections are made when first asked for: a page of cases read for GraphQL fills none of
    // them, and made with every case they were six empty lists (192 bytes) per case read. EF Core
    // reads and sets the navigations through these fields.
    private List<Petitioner>? _petitioners;
    private List<CaseEvent>? _events;
    private List<CaseShare>? _shares;
    private List<CaseSupervision>? _supervisions;
    private List<CaseVerification>? _verifications;
    private List<MediationSession>? _mediationSessions;

    public List<Petitioner> Petitioners { get => _petitioners ??= []; set => _petitioners = value; }
    public List<CaseEvent> Events { get => _events ??= []; set => _events = value; }
    public List<CaseShare> Shares { get => _shares ??= []; set => _shares = value; }
    public List<CaseSupervision> Supervisions { get => _supervisions ??= []; set => _supervisions = value; }
    public List<CaseVerification> Verifications { get => _verifications ??= []; set => _verifications = value; }
    public List<MediationSession> MediationSessions { get => _mediationSessions ??= []; set => _mediationSessions = value; }
}
