using System.Net;
using Platform.Api.Tests.Support;
using Platform.Api.Transport;

namespace Platform.Api.Tests.Transport;

public sealed class GraphQLHttpEndpointTests : IAsyncLifetime
{
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync() => _host = await GraphQLTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Post_Should_ExecuteQuery_AndAnswerWithJson_WhenNoAcceptHeaderIsSent()
    {
        // arrange
        const string query = """
            query Greeting($text: String) { hello echo(text: $text) }
            """;

        // act
        var response = await _host.PostAsync(query, new { text = "hi" });

        // assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var data = (await response.ReadJsonAsync()).GetProperty("data");
        Assert.Equal("world", data.GetProperty("hello").GetString());
        Assert.Equal("hi", data.GetProperty("echo").GetString());
    }

    [Fact]
    public async Task Post_Should_Accept_JsonWithUtf8Charset()
    {
        // arrange
        const string body = """{"query":"{ hello }"}""";

        // act
        var response = await _host.PostRawAsync(body, "application/json; charset=utf-8");

        // assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_Should_RunMutations()
    {
        // arrange
        const string mutation = """
            mutation { shout(text: "quiet") }
            """;

        // act
        var response = await _host.PostAsync(mutation);

        // assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("QUIET", (await response.ReadJsonAsync()).GetProperty("data").GetProperty("shout").GetString());
    }

    [Fact]
    public async Task Get_Should_ExecuteQuery_FromTheQueryString()
    {
        // arrange
        const string query = """
            query ($text: String) { echo(text: $text) }
            """;

        // act
        var response = await _host.GetAsync(query, """{"text":"from get"}""");

        // assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("from get", (await response.ReadJsonAsync()).GetProperty("data").GetProperty("echo").GetString());
    }

    [Fact]
    public async Task Get_Should_Refuse_AMutation_WithMethodNotAllowed()
    {
        // arrange
        const string mutation = """
            mutation { shout(text: "sneaky") }
            """;

        // act
        var response = await _host.GetAsync(mutation);

        // assert
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(new[] { "POST" }, response.Content.Headers.Allow);
        var body = await response.ReadJsonAsync();
        Assert.Equal(GraphQLRequestError.MethodNotAllowedCode, body.ErrorCode());
        Assert.Contains("POST", body.FirstError().GetProperty("message").GetString());
        Assert.False(body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Get_Should_Refuse_AMutation_EvenWhenItsDocumentIsCached()
    {
        // arrange
        const string mutation = """
            mutation { shout(text: "cached") }
            """;
        await _host.PostAsync(mutation);

        // act
        var response = await _host.GetAsync(mutation);

        // assert
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Put_Should_BeRefused_WithMethodNotAllowed()
    {
        // arrange
        var content = new StringContent("""{"query":"{ hello }"}""", System.Text.Encoding.UTF8, "application/json");

        // act
        var response = await _host.Client.PutAsync("/graphql", content);

        // assert
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(new[] { "GET", "POST" }, response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Post_Should_Answer400_WithAClearMessage_ForMalformedJson()
    {
        // arrange
        const string body = """{"query": "{ hello }", """;

        // act
        var response = await _host.PostRawAsync(body, "application/json");

        // assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        var json = await response.ReadJsonAsync();
        Assert.Equal(GraphQLRequestError.InvalidJsonCode, json.ErrorCode());
        Assert.StartsWith("The request body is not valid JSON", json.FirstError().GetProperty("message").GetString());
        Assert.DoesNotContain("Exception", text);
        Assert.DoesNotContain(" at ", text);
        Assert.DoesNotContain("LineNumber", text);
    }

    [Fact]
    public async Task Get_Should_Answer400_ForVariablesThatAreNotJson()
    {
        // arrange
        const string query = """
            query ($text: String) { echo(text: $text) }
            """;

        // act
        var response = await _host.GetAsync(query, "{text:");

        // assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(GraphQLRequestError.InvalidJsonCode, (await response.ReadJsonAsync()).ErrorCode());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=utf-16")]
    public async Task Post_Should_Answer415_ForAnythingButJson(string contentType)
    {
        // arrange
        const string body = """{"query":"{ hello }"}""";

        // act
        var response = await _host.PostRawAsync(body, contentType);

        // assert
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(GraphQLRequestError.UnsupportedMediaTypeCode, (await response.ReadJsonAsync()).ErrorCode());
    }
}
