using Platform.Api.GraphQL.Common.Enums;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Cases;

public sealed class SupervisionLevelEnum : ConstantCaseEnum<SupervisionLevel>
{
    public SupervisionLevelEnum()
    {
        Name = "SupervisionLevel";
        Description = "How pressing a supervision order (督办) is: NORMAL, KEY (重点) or URGENT (紧急).";
    }
}
