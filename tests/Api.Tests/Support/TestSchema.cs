using GraphQL.Types;

namespace Platform.Api.Tests.Support;

public sealed class TestSchema : Schema
{
    public TestSchema(IServiceProvider services, TestQueryType query, TestMutationType mutation)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
    }
}
