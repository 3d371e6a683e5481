using System.Text.Json;
using Platform.Api.GraphQL.Common.Persisted;
using Platform.Api.Tests.Support;

namespace Platform.Api.Tests.GraphQL.Common.Persisted;

/// <summary>Trusted documents by id and Apollo's automatic persisted queries, through the real endpoint.</summary>
public sealed class PersistedOperationTests : IAsyncLifetime
{
    private const string Hello = "{ hello }";
    private const string Nested = "query Nested($first: Int) { nodes(first: $first) { children(first: $first) { name } } }";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "platform-trusted-" + Guid.NewGuid().ToString("N"));
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        await File.WriteAllTextAsync(Path.Combine(_folder, "hello.graphql"), Hello);
        await File.WriteAllTextAsync(Path.Combine(_folder, "nested.graphql"), Nested);
        _host = await StartAsync(trustedOnly: false);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [InlineData("id")]
    [InlineData("documentId")]
    public async Task ATrustedDocument_Should_RunByItsId(string member)
    {
        // act
        var body = await PostAsync(_host, new Dictionary<string, object> { [member] = "hello" });

        // assert
        Assert.Equal("world", body.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task ATrustedDocument_Should_RunByTheHashOfItsText_OverGet()
    {
        // act
        var response = await _host.Client.GetAsync("/graphql?documentId=sha256:" + DocumentHash.Of(Hello));

        // assert
        var body = await response.ReadJsonAsync();
        Assert.Equal("world", body.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task AnUnknownId_Should_BeRefused_WithPersistedQueryNotFound()
    {
        // act
        var body = await PostAsync(_host, new { id = "nothing" });

        // assert
        Assert.Equal(PersistedOperationErrors.NotFoundCode, body.ErrorCode());
        Assert.False(body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task APersistedDocument_Should_StillBeMeasured_EachTimeItIsSent()
    {
        // arrange
        var small = await PostAsync(_host, new { id = "nested", variables = new { first = 2 } });

        // act
        var large = await PostAsync(_host, new { id = "nested", variables = new { first = 100 } });

        // assert
        Assert.False(small.TryGetProperty("errors", out _), small.ToString());
        Assert.Equal("MAX_COMPLEXITY", large.ErrorCode());
    }

    [Fact]
    public async Task AnAutomaticPersistedQuery_Should_BeUnknown_ThenStored_ThenRunByItsHash()
    {
        // arrange
        const string query = "{ echo(text: \"apq\") }";
        var extensions = new { persistedQuery = new { version = 1, sha256Hash = DocumentHash.Of(query) } };

        // act
        var unknown = await PostAsync(_host, new { extensions });
        var registered = await PostAsync(_host, new { query, extensions });
        var byHash = await PostAsync(_host, new { extensions });

        // assert
        Assert.Equal(PersistedOperationErrors.NotFoundCode, unknown.ErrorCode());
        Assert.Equal("PersistedQueryNotFound", unknown.FirstError().GetProperty("message").GetString());
        Assert.Equal("apq", registered.GetProperty("data").GetProperty("echo").GetString());
        Assert.Equal("apq", byHash.GetProperty("data").GetProperty("echo").GetString());
    }

    [Fact]
    public async Task AQueryWithTheWrongHash_Should_BeRefused_AndNotStored()
    {
        // arrange
        var wrong = DocumentHash.Of("{ something { else } }");
        var extensions = new { persistedQuery = new { version = 1, sha256Hash = wrong } };

        // act
        var mismatch = await PostAsync(_host, new { query = Hello, extensions });
        var byHash = await PostAsync(_host, new { extensions });

        // assert
        Assert.Equal(PersistedOperationErrors.HashMismatchCode, mismatch.ErrorCode());
        Assert.Equal(PersistedOperationErrors.NotFoundCode, byHash.ErrorCode());
    }

    [Fact]
    public async Task TrustedOnly_Should_RefuseAnAdHocDocument_AndItsRegistration_ButRunTrustedOnes()
    {
        // arrange
        await using var host = await StartAsync(trustedOnly: true);
        const string query = "{ echo(text: \"ad hoc\") }";
        var extensions = new { persistedQuery = new { version = 1, sha256Hash = DocumentHash.Of(query) } };

        // act
        var adHoc = await PostAsync(host, new { query });
        var registration = await PostAsync(host, new { query, extensions });
        var trusted = await PostAsync(host, new { id = "hello" });
        var trustedText = await PostAsync(host, new { query = Hello });

        // assert
        Assert.Equal(PersistedOperationErrors.RequiredCode, adHoc.ErrorCode());
        Assert.Equal(PersistedOperationErrors.RequiredCode, registration.ErrorCode());
        Assert.Equal("world", trusted.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("world", trustedText.GetProperty("data").GetProperty("hello").GetString());
    }

    private Task<GraphQLTestHost> StartAsync(bool trustedOnly) => GraphQLTestHost.StartAsync(new Dictionary<string, string?>
    {
        ["GraphQL:PersistedOperations:Folder"] = _folder,
        ["GraphQL:PersistedOperations:TrustedOnly"] = trustedOnly ? "true" : "false",
    });

    private static async Task<JsonElement> PostAsync(GraphQLTestHost host, object body)
    {
        var response = await host.PostRawAsync(JsonSerializer.Serialize(body), "application/json");
        return await response.ReadJsonAsync();
    }
}
