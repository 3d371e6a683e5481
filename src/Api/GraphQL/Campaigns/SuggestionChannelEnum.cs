using Platform.Api.GraphQL.Common.Enums;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Campaigns;

public sealed class SuggestionChannelEnum : ConstantCaseEnum<SuggestionChannel>
{
    public SuggestionChannelEnum()
    {
        Name = "SuggestionChannel";
        Description = "How a suggestion was collected.";
    }
}
