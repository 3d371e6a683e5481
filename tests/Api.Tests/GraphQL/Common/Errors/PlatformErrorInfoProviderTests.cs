using GraphQL;
using GraphQL.Execution;
using Platform.Api.GraphQL.Common.Errors;
using Platform.Api.Tests.Support;

namespace Platform.Api.Tests.GraphQL.Common.Errors;

public sealed class PlatformErrorInfoProviderTests : IAsyncLifetime
{
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync() => _host = await GraphQLTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task UnhandledResolverException_Should_ReachTheClient_OnlyAsUnexpectedError()
    {
        // arrange
        const string query = """
            { hello boom }
            """;

        // act
        var response = await _host.PostAsync(query);

        // assert
        var text = await response.Content.ReadAsStringAsync();
        var error = (await response.ReadJsonAsync()).FirstError();
        Assert.Equal("Unexpected error.", error.GetProperty("message").GetString());
        Assert.Equal(PlatformErrors.InternalError, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("boom", error.GetProperty("path")[0].GetString());
        Assert.DoesNotContain("hunter2", text);
        Assert.DoesNotContain("InvalidOperation", text);
        Assert.DoesNotContain("INVALID_OPERATION", text);
        Assert.DoesNotContain(" at ", text);
    }

    [Fact]
    public async Task CodedError_Should_KeepItsMessageAndCode_AndNothingElse()
    {
        // arrange
        const string query = """
            { missing }
            """;

        // act
        var response = await _host.PostAsync(query);

        // assert
        var error = (await response.ReadJsonAsync()).FirstError();
        Assert.Equal("The case was not found.", error.GetProperty("message").GetString());
        var extensions = error.GetProperty("extensions");
        Assert.Equal(["code"], extensions.EnumerateObject().Select(property => property.Name));
        Assert.Equal(PlatformErrors.NotFound, extensions.GetProperty("code").GetString());
    }

    [Fact]
    public async Task ValidationError_Should_CarryOnlyItsCode()
    {
        // arrange
        const string query = """
            { doesNotExist }
            """;

        // act
        var response = await _host.PostAsync(query);

        // assert
        var extensions = (await response.ReadJsonAsync()).FirstError().GetProperty("extensions");
        Assert.Equal(["code"], extensions.EnumerateObject().Select(property => property.Name));
    }

    [Fact]
    public void Provider_Should_HideTheInnerException_OfAnUnhandledError()
    {
        // arrange
        var provider = new PlatformErrorInfoProvider();
        var error = new UnhandledError("Error trying to resolve field 'x'.", new TimeoutException("SQL timeout on db01"));

        // act
        var info = provider.GetInfo(error);

        // assert
        Assert.Equal(PlatformErrorInfoProvider.UnexpectedErrorMessage, info.Message);
        Assert.Equal(PlatformErrors.InternalError, info.Extensions!["code"]);
        Assert.Single(info.Extensions);
    }

    [Fact]
    public void Coded_Should_CreateAnExecutionError_WithTheCode()
    {
        // arrange

        // act
        var error = PlatformErrors.Coded(PlatformErrors.PageSize, "first must not exceed 100.");

        // assert
        Assert.IsType<ExecutionError>(error);
        Assert.Equal(PlatformErrors.PageSize, error.Code);
        Assert.Equal("first must not exceed 100.", error.Message);
    }
}
