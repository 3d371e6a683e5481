using GraphQL.Types;
using Platform.Api.GraphQL.Common.Projection;

namespace Platform.Api.GraphQL.Cases;

public sealed class CaseLeaderOwnerType : ObjectGraphType<CaseLeaderOwner>
{
    public CaseLeaderOwnerType()
    {
        Name = "CaseLeaderOwner";
        Description = "The leader who owns a case (领导包案).";
        this.Property(x => x.UserId).Description("The leader's user id, as `viewer.userId` gives it; filter cases on it with `leaderOwnerUserId`.");
        this.Property(x => x.Name).Description("The leader's display name.");
    }
}
