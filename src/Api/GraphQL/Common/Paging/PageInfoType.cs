using GraphQL.Types;
using Platform.Api.GraphQL.Common.Projection;

namespace Platform.Api.GraphQL.Common.Paging;

/// <summary>Relay's <c>PageInfo</c>; replaces GraphQL.NET's own type of that name, which must not be used alongside.</summary>
public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Information about pagination in a connection.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").ResolveSource(p => p.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").ResolveSource(p => p.HasPreviousPage);
        Field<StringGraphType>("startCursor").ResolveSource(p => p.StartCursor);
        Field<StringGraphType>("endCursor").ResolveSource(p => p.EndCursor);
    }
}
