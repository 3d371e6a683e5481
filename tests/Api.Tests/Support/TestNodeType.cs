using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Projection;

namespace Platform.Api.Tests.Support;

/// <summary>A recursive type, so tests can build documents of any depth and complexity.</summary>
public sealed class TestNodeType : ObjectGraphType<TestNode>
{
    public TestNodeType()
    {
        Name = "TestNode";
        Field<NonNullGraphType<IntGraphType>>("id").Resolve(context => context.Source.Id);
        Field<StringGraphType>("name").Resolve(context => $"node {context.Source.Id}");
        Field<TestNodeType>("child").Resolve(context => new TestNode(context.Source.Id * 10));
        // Leaves read from the source at once (CollectedFieldsStrategy reads them with their object).
        Field<StringGraphType>("label").ResolveSource(x => $"label {x.Id}");
        Field<NonNullGraphType<StringGraphType>>("code").ResolveSource(x => x.Id == 2 ? null : $"code {x.Id}");
        Field<StringGraphType>("risky").ResolveSource(x => x.Id == 2 ? throw new InvalidOperationException("node 2 has no risky value") : $"risky {x.Id}");
        Field<ListGraphType<TestNodeType>>("children")
            .Argument<IntGraphType>("first")
            .Resolve(context => TestQueryType.Nodes(context.GetArgument("first", 3)));
        Field<StringGraphType>("owner").Resolve(context => EntityLoaders.Scope(context)
            .GetOrAdd("ownerByNode", () => new BatchLoader<int, string>(async (ids, _) =>
            {
                context.RequestServices!.GetRequiredService<FetchLog>().Record(ids);
                await Task.Yield();
                return ids.ToDictionary(id => id, id => $"owner {id}");
            }))
            .Load(context.Source.Id));
    }
}
