namespace Platform.Data.Entities;

/// <summary>The four checks after resolution (四个是否) and the citizen's satisfaction.</summary>
public sealed class CaseVerification : ICaseRecord
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public Case? Case { get; set; }
    public string OwnerPath { get; set; } = "";
    public bool HandledPerNorm { get; set; }
    public bool MeasuresImplemented { get; set; }
    public bool ProblemSolved { get; set; }
    public bool CitizenSatisfied { get; set; }
    public Satisfaction Satisfaction { get; set; }
    public VerificationMethod Method { get; set; }
    public string? Note { get; set; }
    public DateTime VerifiedAt { get; set; }
    public string VerifiedById { get; set; } = "";
    public int VerifiedByUnitId { get; set; }
}
