using GraphQL.Types;
using Platform.Api.GraphQL.Cases;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Workflow.Receptions;

namespace Platform.Api.GraphQL.Receptions;

public sealed class BookReceptionInputType : MutationInputType<BookReceptionInput>
{
    public BookReceptionInputType()
    {
        Name = "BookReceptionInput";
        this.Id("scheduleId", ReceptionScheduleType.TypeName).Description("A reception schedule visible to the caller.");
        Field<NonNullGraphType<DateTimeGraphType>>("at").Description("In the future; on the schedule's weekday for a weekly one.");
        Field(a => a.PetitionerName).Description("The resident's name (personal data).");
        Field(a => a.PetitionerPhone, nullable: true).Description("The resident's phone (personal data).");
        Field<NonNullGraphType<IntGraphType>>("headcount").Description("Persons expected (人次).");
        Field<NonNullGraphType<CaseCategoryEnum>>("category");
        Field(a => a.Subject).Description("What the resident wants to raise; the case's title. At most 200 characters.");
        Field(a => a.Description).Description("The case's description. At most 10,000 characters.");
    }
}
