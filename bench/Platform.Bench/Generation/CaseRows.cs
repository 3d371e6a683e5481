namespace Platform.Bench.Generation;

/// <summary>The rows of one case, column for column as the app stores them (enums by name, times in UTC).</summary>
internal sealed class CaseRow
{
    public int Id;
    public string Number = "";
    public string Title = "";
    public string Description = "";
    public string Category = "";
    public string Channel = "";
    public string ReceptionForm = "";
    public string Status = "";
    public int Headcount;
    public UnitNode Owner = null!;
    public UnitNode Handling = null!;
    public Actor FirstReceiver = null!;
    public Actor? LeaderOwner;
    public DateTime RegisteredAt;
    public DateTime AcceptDueAt;
    public DateTime? AcceptedAt;
    public DateTime? ResolveDueAt;
    public DateTime? ResolvedAt;
    public DateTime? ClosedAt;
    public int ReviewCount;
    public string? Answer;
    public int Version;
}

internal sealed record EventRow(
    int Id, int CaseId, string OwnerPath, string Kind, DateTime OccurredAt, Actor Actor, string? Note, string? Data);

internal sealed record PetitionerRow(
    int Id, int CaseId, string OwnerPath, int Ordinal, string Name, string Phone, string IdNumber, string Address);

internal sealed record ShareRow(
    int Id, int CaseId, string OwnerPath, string Kind, string Status, int FromUnitId, UnitNode Target, string? Reason,
    DateTime CreatedAt, Actor CreatedBy, DateTime? RespondedAt, string? ResponseReason);

internal sealed record VerificationRow(
    int Id, int CaseId, string OwnerPath, bool Satisfied, string Satisfaction, string Method, string Note, DateTime VerifiedAt, Actor VerifiedBy);

internal sealed record SupervisionRow(
    int Id, int CaseId, string OwnerPath, Actor IssuedBy, string Level, string Instruction, DateTime IssuedAt, DateTime ReplyDueAt,
    string? Reply, DateTime? RepliedAt);

/// <summary>The rows of a run of consecutive cases, handed from the generating thread to the writing one.</summary>
internal sealed class CaseBatch
{
    public List<CaseRow> Cases { get; } = [];
    public List<EventRow> Events { get; } = [];
    public List<PetitionerRow> Petitioners { get; } = [];
    public List<ShareRow> Shares { get; } = [];
    public List<VerificationRow> Verifications { get; } = [];
    public List<SupervisionRow> Supervisions { get; } = [];
}

/// <summary>The next id of every child table; rows get explicit ids so that events can name a supervision's.</summary>
internal sealed class IdCounters
{
    public int Event;
    public int Petitioner;
    public int Share;
    public int Verification;
    public int Supervision;
}
