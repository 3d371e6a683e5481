using GraphQL.Types;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Cases;

public sealed class ShareStatusEnum : EnumerationGraphType<ShareStatus>
{
    public ShareStatusEnum()
    {
        Name = "ShareStatus";
        Description = "Whether a share is pending, accepted or returned.";
    }
}
