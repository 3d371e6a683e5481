using Platform.Data.Entities;

namespace Platform.Workflow.Cases;

public sealed record VerifyCaseInput : CaseChangeInput
{
    public bool HandledPerNorm { get; init; }

    public bool MeasuresImplemented { get; init; }

    public bool ProblemSolved { get; init; }

    public bool CitizenSatisfied { get; init; }

    public Satisfaction Satisfaction { get; init; }

    public VerificationMethod Method { get; init; }

    public string? Note { get; init; }
}
