using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.GraphQL.Common.Errors;

namespace Platform.Api.Tests.Support;

public sealed class TestQueryType : ObjectGraphType
{
    public const string Secret = "Server=db;Password=hunter2";

    public TestQueryType()
    {
        Name = "Query";
        Field<StringGraphType>("hello").Resolve(_ => "world");
        Field<StringGraphType>("echo")
            .Argument<StringGraphType>("text")
            .Resolve(context => context.GetArgument<string?>("text"));
        Field<TestNodeType>("node").Resolve(_ => new TestNode(1));
        Field<ListGraphType<TestNodeType>>("nodes")
            .Argument<IntGraphType>("first")
            .Resolve(context => Nodes(context.GetArgument("first", 3)));
        Field<StringGraphType>("boom").Resolve(_ => throw new InvalidOperationException($"Could not connect: {Secret}"));
        // Waits until the request is cancelled (timeout or client gone), telling the probe.
        Field<StringGraphType>("wait").ResolveAsync(async context =>
        {
            var probe = context.RequestServices!.GetRequiredService<CancellationProbe>();
            probe.Started.TrySetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, context.CancellationToken);
            }
            catch (OperationCanceledException)
            {
                probe.Cancelled.TrySetResult();
                throw;
            }

            return null;
        });
        Field<StringGraphType>("missing").Resolve(_ => throw PlatformErrors.Coded(PlatformErrors.NotFound, "The case was not found."));
    }

    public static IEnumerable<TestNode> Nodes(int count) => Enumerable.Range(1, Math.Min(count, 100)).Select(id => new TestNode(id));
}
