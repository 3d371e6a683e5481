using System.Net;
using Platform.Api.Tests.Support;
using Platform.Api.Transport;

namespace Platform.Api.Tests.Transport;

/// <summary>Which status and media type answer a request without a query, an invalid document or a field error (GraphQL over HTTP).</summary>
public sealed class GraphQLHttpMediaTypeTests : IAsyncLifetime
{
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync() => _host = await GraphQLTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"query":""}""")]
    [InlineData("""{"query":null,"operationName":"Greeting"}""")]
    [InlineData("null")]
    public async Task Post_Should_Answer400_WhenTheQueryIsMissing(string body)
    {
        // arrange

        // act
        var response = await _host.PostRawAsync(body, "application/json");

        // assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(GraphQLRequestError.QueryMissingCode, (await response.ReadJsonAsync()).ErrorCode());
    }

    [Fact]
    public async Task Get_Should_Answer400_WhenTheQueryIsMissing()
    {
        // arrange

        // act
        var response = await _host.Client.GetAsync("/graphql");

        // assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(GraphQLRequestError.QueryMissingCode, (await response.ReadJsonAsync()).ErrorCode());
    }

    [Theory]
    [InlineData("application/graphql-response+json")]
    [InlineData("application/graphql-response+json, application/json")]
    [InlineData("application/json;q=0.9, application/graphql-response+json")]
    public async Task Post_Should_AnswerWithGraphQLResponseJson_WhenTheClientAcceptsIt(string accept)
    {
        // arrange
        const string query = """
            { hello }
            """;

        // act
        var response = await _host.PostAsync(query, accept: accept);

        // assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("*/*")]
    [InlineData("application/graphql-response+json;q=0.5, application/json")]
    public async Task Post_Should_AnswerWithJson_WhenTheClientPrefersItOrNamesNeither(string accept)
    {
        // arrange
        const string query = """
            { hello }
            """;

        // act
        var response = await _host.PostAsync(query, accept: accept);

        // assert
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task InvalidDocument_Should_Answer400_WithGraphQLResponseJson()
    {
        // arrange
        const string query = """
            { hello doesNotExist }
            """;

        // act
        var response = await _host.PostAsync(query, accept: "application/graphql-response+json");

        // assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Contains("doesNotExist", body.FirstError().GetProperty("message").GetString());
    }

    [Fact]
    public async Task UnparsableDocument_Should_Answer400_WithGraphQLResponseJson()
    {
        // arrange
        const string query = """
            { hello
            """;

        // act
        var response = await _host.PostAsync(query, accept: "application/graphql-response+json");

        // assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task InvalidDocument_Should_Answer200_WithJson()
    {
        // arrange
        const string query = """
            { hello doesNotExist }
            """;

        // act
        var response = await _host.PostAsync(query, accept: "application/json");

        // assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.ReadJsonAsync()).TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task FieldError_Should_Answer200_WithGraphQLResponseJson_BecauseTheOperationExecuted()
    {
        // arrange
        const string query = """
            { hello missing }
            """;

        // act
        var response = await _host.PostAsync(query, accept: "application/graphql-response+json");

        // assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("world", (await response.ReadJsonAsync()).GetProperty("data").GetProperty("hello").GetString());
    }
}
