using Platform.Api.GraphQL.Common.Enums;
using Platform.Workflow.Duplicates;

namespace Platform.Api.GraphQL.Duplicates;

public sealed class DuplicateReasonEnum : ConstantCaseEnum<DuplicateReason>
{
    public DuplicateReasonEnum()
    {
        Name = "DuplicateReason";
        Description = "Why a case may repeat another (重复信访): SAME_PETITIONER (an ID number or phone in common), SIMILAR_TEXT (most of its words in common).";
    }
}
