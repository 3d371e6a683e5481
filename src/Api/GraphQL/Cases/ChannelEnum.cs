using Platform.Api.GraphQL.Common.Enums;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Cases;

public sealed class ChannelEnum : ConstantCaseEnum<Channel>
{
    public ChannelEnum()
    {
        Name = "Channel";
        Description = "How a petition reached the platform (渠道).";
    }
}
