using GraphQL;
using GraphQL.Types;

namespace Platform.Api.Tests.Support;

public sealed class TestMutationType : ObjectGraphType
{
    public TestMutationType()
    {
        Name = "Mutation";
        Field<StringGraphType>("shout")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Resolve(context => context.GetArgument<string>("text").ToUpperInvariant());
    }
}
