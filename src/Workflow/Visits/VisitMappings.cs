using Mapster;
using Platform.Data;
using Platform.Data.Entities;

namespace Platform.Workflow.Visits;

/// <summary>A visit's input onto the visit and its questionnaire; positions, owner paths and issues are set by the workflow.</summary>
public sealed class VisitMappings : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<QuestionInput, QuestionnaireQuestion>()
            .Map(q => q.Text, i => i.Text.Trim())
            .Map(q => q.Options, i => string.Join('\n', i.Options.Select(o => o.Trim())));

        config.NewConfig<RecordVisitInput, OutreachVisit>()
            .Map(v => v.Team, i => i.Team.Trim())
            .Map(v => v.VisitedOn, i => UtcTime.Normalize(i.VisitedOn))
            .Ignore(v => v.Issues);

        config.NewConfig<AnswerInput, QuestionnaireAnswer>()
            .Map(a => a.Choice, i => Common.Text.OrNull(i.Choice))
            .Map(a => a.Text, i => Common.Text.OrNull(i.Text));
    }
}
