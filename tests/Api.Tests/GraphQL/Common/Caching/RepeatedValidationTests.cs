using GraphQL;
using GraphQL.Instrumentation;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.GraphQL.Common.Caching;
using Platform.Api.Tests.Support;

namespace Platform.Api.Tests.GraphQL.Common.Caching;

public sealed class RepeatedValidationTests : IAsyncLifetime
{
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync() => _host = await GraphQLTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private ISchema Schema => _host.Services.GetRequiredService<ISchema>();

    private static Inputs Variables(params (string Name, object? Value)[] values) =>
        new(values.ToDictionary(v => v.Name, v => v.Value));

    private ValidationOptions Options(GraphQLDocument document, Inputs variables, IEnumerable<IValidationRule>? rules = null, ISchema? schema = null) => new()
    {
        Schema = schema ?? Schema,
        Document = document,
        Operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single(),
        Rules = rules ?? [],
        Variables = variables,
        Extensions = Inputs.Empty,
        UserContext = new Dictionary<string, object?>(),
        Metrics = Metrics.None,
    };

    [Fact]
    public async Task SameVariables_Should_ReuseTheLastResult()
    {
        // arrange
        var inner = new CountingValidator();
        var validation = new RepeatedValidation(inner);
        var document = GraphQLParser.Parser.Parse("query($n: Int) { nodes(first: $n) { id } }");
        var first = await validation.ValidateAsync(Options(document, Variables(("n", 2))));

        // act
        var second = await validation.ValidateAsync(Options(document, Variables(("n", 2))));

        // assert
        Assert.True(first.IsValid);
        Assert.Same(first, second);
        Assert.Equal(1, inner.Calls);
    }

    [Fact]
    public async Task OtherVariables_Should_BeValidatedAgain()
    {
        // arrange
        var inner = new CountingValidator();
        var validation = new RepeatedValidation(inner);
        var document = GraphQLParser.Parser.Parse("query($n: Int) { nodes(first: $n) { id } }");
        await validation.ValidateAsync(Options(document, Variables(("n", 2))));

        // act
        var other = await validation.ValidateAsync(Options(document, Variables(("n", 3))));
        var missing = await validation.ValidateAsync(Options(document, Inputs.Empty));

        // assert
        Assert.Equal(3, inner.Calls);
        Assert.Equal(3, other.Variables!.Single().Value);
        Assert.Null(missing.Variables!.Single().Value);
    }

    [Fact]
    public async Task Rules_Mutations_AndErrors_Should_BeValidatedEachTime()
    {
        // arrange
        var inner = new CountingValidator();
        var validation = new RepeatedValidation(inner);
        var query = GraphQLParser.Parser.Parse("query($n: Int) { nodes(first: $n) { id } }");
        var mutation = GraphQLParser.Parser.Parse("mutation { shout(text: \"a\") }");
        var wrongType = GraphQLParser.Parser.Parse("query($n: Int) { nodes(first: $n) { id } }");

        // act
        for (var i = 0; i < 2; i++)
        {
            await validation.ValidateAsync(Options(query, Variables(("n", 2)), DocumentValidator.CoreRules));
            await validation.ValidateAsync(Options(mutation, Inputs.Empty));
            Assert.False((await validation.ValidateAsync(Options(wrongType, Variables(("n", "two"))))).IsValid);
        }

        // assert
        Assert.Equal(6, inner.Calls);
    }

    [Fact]
    public async Task ListArguments_Should_BeValidatedEachTime()
    {
        // arrange: a list would be one object shared by the requests that reused the result
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<IntGraphType>("sum").Argument<ListGraphType<IntGraphType>>("values").Resolve(c => c.GetArgument<List<int>>("values").Sum());
        var schema = new Schema { Query = query };
        var inner = new CountingValidator();
        var validation = new RepeatedValidation(inner);
        var document = GraphQLParser.Parser.Parse("query($v: [Int]) { sum(values: $v) }");

        // act
        await validation.ValidateAsync(Options(document, Variables(("v", new List<object?> { 1, 2 })), schema: schema));
        await validation.ValidateAsync(Options(document, Variables(("v", new List<object?> { 1, 2 })), schema: schema));

        // assert
        Assert.Equal(2, inner.Calls);
    }

    [Theory]
    [InlineData(2, 2L, false)]
    [InlineData("a", "a", true)]
    [InlineData("a", "b", false)]
    [InlineData(null, null, true)]
    [InlineData(true, true, true)]
    [InlineData(1.5, 1.5, true)]
    public void SameInputs_Should_CompareValuesOfTheSameType(object? a, object? b, bool same) =>
        Assert.Equal(same, RepeatedValidation.SameInputs(a, b));

    [Fact]
    public void SameInputs_Should_CompareObjectsByMember_AndListsInOrder()
    {
        var a = new Dictionary<string, object?> { ["x"] = new List<object?> { 1, "y" }, ["z"] = null };
        var same = new Dictionary<string, object?> { ["z"] = null, ["x"] = new List<object?> { 1, "y" } };
        var reordered = new Dictionary<string, object?> { ["x"] = new List<object?> { "y", 1 }, ["z"] = null };
        var longer = new Dictionary<string, object?> { ["x"] = new List<object?> { 1, "y" }, ["z"] = null, ["w"] = 1 };

        Assert.True(RepeatedValidation.SameInputs(a, same));
        Assert.False(RepeatedValidation.SameInputs(a, reordered));
        Assert.False(RepeatedValidation.SameInputs(a, longer));
        Assert.False(RepeatedValidation.SameInputs(a, null));
    }

    [Fact]
    public async Task RepeatedRequests_Should_AnswerWithTheirOwnVariables()
    {
        // arrange
        const string query = "query($t: String) { echo(text: $t) }";

        // act
        var answers = new List<string>();
        foreach (var text in new[] { "a", "a", "b", "a" })
        {
            var response = await _host.PostAsync(query, new { t = text });
            answers.Add(await response.Content.ReadAsStringAsync());
        }

        // assert
        Assert.Equal(
            ["""{"data":{"echo":"a"}}""", """{"data":{"echo":"a"}}""", """{"data":{"echo":"b"}}""", """{"data":{"echo":"a"}}"""],
            answers);
    }

    private sealed class CountingValidator : IDocumentValidator
    {
        private readonly DocumentValidator _validator = new();

        public int Calls { get; private set; }

        public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
        {
            Calls++;
            return _validator.ValidateAsync(options);
        }
    }
}
