using GraphQL.Types;

namespace Platform.Api.GraphQL.Cases;

public sealed class CaseLeaderOwnerType : ObjectGraphType<CaseLeaderOwner>
{
    public CaseLeaderOwnerType()
    {
        Name = "CaseLeaderOwner";
        Description = "The leader who owns a case (领导包案).";
        Field(x => x.UserId).Description("The leader's user id, as `viewer.userId` gives it; filter cases on it with `leaderOwnerUserId`.");
        Field(x => x.Name).Description("The leader's display name.");
    }
}
