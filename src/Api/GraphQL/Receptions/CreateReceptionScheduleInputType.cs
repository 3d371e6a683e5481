using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Api.GraphQL.Units;
using Platform.Workflow.Receptions;

namespace Platform.Api.GraphQL.Receptions;

public sealed class CreateReceptionScheduleInputType : MutationInputType<CreateReceptionScheduleInput>
{
    public CreateReceptionScheduleInputType()
    {
        Name = "CreateReceptionScheduleInput";
        this.OptionalId("unitId", UnitType.TypeName).Description("The unit that holds the reception day: the caller's unit (default) or a descendant.");
        Field(s => s.LeaderUserName).Description("The account name of a leader of that unit, e.g. taopu.leader.");
        Field(s => s.Place).Description("At most 200 characters.");
        Field<WeekdayEnum>("weekday").Description("The weekday of a weekly reception (UTC); omitted for dated appointments only.");
    }
}
