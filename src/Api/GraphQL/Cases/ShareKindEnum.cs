using Platform.Api.GraphQL.Common.Enums;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Cases;

public sealed class ShareKindEnum : ConstantCaseEnum<ShareKind>
{
    public ShareKindEnum()
    {
        Name = "ShareKind";
        Description = "How a case was shared with another unit.";
    }
}
