using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.GraphQL.Common.Caching;
using Platform.Api.Tests.Support;

namespace Platform.Api.Tests.GraphQL.Common.Caching;

/// <summary>
/// Leaves read with their object (<see cref="InlineObjectNode"/>) must answer, fail and null their
/// object exactly as leaves executed as nodes do.
/// </summary>
public sealed class InlineLeavesTests : IAsyncLifetime
{
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync() => _host = await GraphQLTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<JsonElement> AnswerAsync(string query)
    {
        var response = await _host.PostAsync(query);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task InlineLeaves_Should_AnswerInResponseOrder_BetweenNodes()
    {
        // arrange
        const string query = "{ nodes(first: 2) { label id child { label } l: label } }";
        const string expected = """{"data":{"nodes":[{"label":"label 1","id":1,"child":{"label":"label 10"},"l":"label 1"},{"label":"label 2","id":2,"child":{"label":"label 20"},"l":"label 2"}]}}""";

        // act
        var first = await _host.PostAsync(query);
        var second = await _host.PostAsync(query);

        // assert
        Assert.Equal(expected, await first.Content.ReadAsStringAsync());
        Assert.Equal(expected, await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task NullInNonNullLeaf_Should_NullItsObject_WithTheError()
    {
        // act
        var answer = await AnswerAsync("{ nodes(first: 3) { id code } }");

        // assert
        var nodes = answer.GetProperty("data").GetProperty("nodes");
        Assert.Equal("code 1", nodes[0].GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, nodes[1].ValueKind);
        Assert.Equal("code 3", nodes[2].GetProperty("code").GetString());
        var error = Assert.Single(answer.GetProperty("errors").EnumerateArray());
        Assert.Equal("""["nodes",1,"code"]""", error.GetProperty("path").GetRawText());
    }

    [Fact]
    public async Task ThrowingLeaf_Should_ReportItsError_AndAnswerTheOtherFields()
    {
        // act
        var answer = await AnswerAsync("{ nodes(first: 3) { id risky label } }");

        // assert
        var nodes = answer.GetProperty("data").GetProperty("nodes");
        Assert.Equal("risky 1", nodes[0].GetProperty("risky").GetString());
        Assert.Equal(2, nodes[1].GetProperty("id").GetInt32());
        Assert.Equal(JsonValueKind.Null, nodes[1].GetProperty("risky").ValueKind);
        Assert.Equal("label 2", nodes[1].GetProperty("label").GetString());
        Assert.Equal("risky 3", nodes[2].GetProperty("risky").GetString());
        var error = Assert.Single(answer.GetProperty("errors").EnumerateArray());
        Assert.Equal("""["nodes",1,"risky"]""", error.GetProperty("path").GetRawText());
    }

    [Fact]
    public async Task InlineObject_Should_GiveItsFields_AsGraphQLNetValues()
    {
        // arrange
        var executer = _host.Services.GetRequiredService<IDocumentExecuter>();
        using var scope = _host.Services.CreateScope();

        // act
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = _host.Services.GetRequiredService<ISchema>(),
            Query = "{ nodes(first: 1) { label id child { label } } }",
            RequestServices = scope.ServiceProvider,
        });

        // assert: the label is no node of its own, and the values are those of nodes
        var root = Assert.IsAssignableFrom<ObjectExecutionNode>(result.Data);
        var item = Assert.IsType<InlineObjectNode>(Assert.Single(Assert.IsType<ArrayExecutionNode>(root.SubFields![0]).Items!));
        Assert.Equal(["id", "child"], item.SubFields!.Select(n => n.Name));
        var data = Assert.IsType<Dictionary<string, object?>>(root.ToValue());
        var node = Assert.IsType<Dictionary<string, object?>>(Assert.Single(Assert.IsType<object?[]>(data["nodes"])));
        Assert.Equal(["label", "id", "child"], node.Keys);
        Assert.Equal("label 1", node["label"]);
        Assert.Equal(1, node["id"]);
        Assert.Equal("label 10", Assert.IsType<Dictionary<string, object?>>(node["child"])["label"]);
    }
}
