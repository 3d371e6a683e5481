using Platform.Api.GraphQL.Common.Enums;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Cases;

public sealed class ShareStatusEnum : ConstantCaseEnum<ShareStatus>
{
    public ShareStatusEnum()
    {
        Name = "ShareStatus";
        Description = "Whether a share is pending, accepted or returned.";
    }
}
