using GraphQL.Types;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Campaigns;

public sealed class SuggestionChannelEnum : EnumerationGraphType<SuggestionChannel>
{
    public SuggestionChannelEnum()
    {
        Name = "SuggestionChannel";
        Description = "How a suggestion was collected.";
    }
}
