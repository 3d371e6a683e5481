using Platform.Data.Entities;

namespace Platform.Workflow.Cases;

public sealed record SuperviseCaseInput : CaseChangeInput
{
    public SupervisionLevel Level { get; init; }

    public DateTime ReplyDueAt { get; init; }

    public string Instruction { get; init; } = "";
}
