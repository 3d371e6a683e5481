using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Cases;

public sealed class SuperviseCaseInput : CaseChangeInput
{
    public SupervisionLevel Level { get; set; }

    public DateTime ReplyDueAt { get; set; }

    public string Instruction { get; set; } = "";
}
