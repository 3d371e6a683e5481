using GraphQL.Types;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Campaigns;

public sealed class SuggestionStatusEnum : EnumerationGraphType<SuggestionStatus>
{
    public SuggestionStatusEnum()
    {
        Name = "SuggestionStatus";
        Description = "How a suggestion was answered.";
    }
}
