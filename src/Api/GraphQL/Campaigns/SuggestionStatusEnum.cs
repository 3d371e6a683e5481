using Platform.Api.GraphQL.Common.Enums;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Campaigns;

public sealed class SuggestionStatusEnum : ConstantCaseEnum<SuggestionStatus>
{
    public SuggestionStatusEnum()
    {
        Name = "SuggestionStatus";
        Description = "How a suggestion was answered.";
    }
}
