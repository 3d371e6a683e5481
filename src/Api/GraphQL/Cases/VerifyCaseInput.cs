using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Cases;

public sealed class VerifyCaseInput : CaseChangeInput
{
    public bool HandledPerNorm { get; set; }

    public bool MeasuresImplemented { get; set; }

    public bool ProblemSolved { get; set; }

    public bool CitizenSatisfied { get; set; }

    public Satisfaction Satisfaction { get; set; }

    public VerificationMethod Method { get; set; }

    public string? Note { get; set; }
}
