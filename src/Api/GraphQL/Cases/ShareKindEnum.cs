using GraphQL.Types;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Cases;

public sealed class ShareKindEnum : EnumerationGraphType<ShareKind>
{
    public ShareKindEnum()
    {
        Name = "ShareKind";
        Description = "How a case was shared with another unit.";
    }
}
