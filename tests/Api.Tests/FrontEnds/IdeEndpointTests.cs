using System.Net;
using System.Net.Http.Headers;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.FrontEnds;

/// <summary>The IDE at <c>GET /graphql</c>: only for browsers, only when switched on, its bundle beside it.</summary>
public sealed class IdeEndpointTests
{
    [Fact]
    public async Task ABrowsersGet_Should_GetTheIdePage_WithItsBundle()
    {
        // arrange
        using var factory = new PlatformFactory().WithSetting("Ide:Enabled", "true");
        using var client = factory.CreateClient();

        // act
        using var page = await GetAsync(client, "/graphql", "text/html,application/xhtml+xml,*/*;q=0.8");
        using var script = await GetAsync(client, "/graphql/ide/ide.js", "*/*");

        // assert
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("graphql/ide/ide.js", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.True((await script.Content.ReadAsByteArrayAsync()).Length > 100_000);
    }

    [Fact]
    public async Task AGraphQLClientsGet_Should_StillBeAnswered_AsGraphQL()
    {
        // arrange
        using var factory = new PlatformFactory().WithSetting("Ide:Enabled", "true");
        using var client = factory.CreateClient();

        // act
        using var response = await GetAsync(client, "/graphql?query=%7B__typename%7D", "application/graphql-response+json, application/json;q=0.9");

        // assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"__typename\":\"Query\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheIde_Should_BeOff_OutsideDevelopment_UnlessSwitchedOn()
    {
        // arrange
        using var factory = new PlatformFactory();
        using var client = factory.CreateClient();

        // act
        using var page = await GetAsync(client, "/graphql", "text/html");

        // assert
        Assert.NotEqual("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
    }

    private static Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Clear();
        foreach (var type in accept.Split(','))
            request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(type.Trim()));
        return client.SendAsync(request);
    }
}
