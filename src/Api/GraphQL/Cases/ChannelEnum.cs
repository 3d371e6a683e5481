using GraphQL.Types;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Cases;

public sealed class ChannelEnum : EnumerationGraphType<Channel>
{
    public ChannelEnum()
    {
        Name = "Channel";
        Description = "How a petition reached the platform (渠道).";
    }
}
