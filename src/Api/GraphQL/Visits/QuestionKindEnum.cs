using Platform.Api.GraphQL.Common.Enums;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Visits;

public sealed class QuestionKindEnum : ConstantCaseEnum<QuestionKind>
{
    public QuestionKindEnum()
    {
        Name = "QuestionKind";
        Description = "CHOICE (one of the options), RATING (1 to 5) or TEXT.";
    }
}
