using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Tests.Infrastructure;
using Platform.Identity.Clients;

namespace Platform.Api.Tests.Operations;

/// <summary>Issue 7 item 3: an unexpected failure is a coded JSON 500 with a trace id, never the developer exception page.</summary>
public sealed class UnexpectedErrorTests
{
    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task AnUnhandledException_Should_Get_ACoded500_WithATraceId_AndNoInternals(string environment)
    {
        // arrange
        using var factory = PlatformFactory.ForEnvironment(environment)
            .WithServices(services => services.AddTransient<IStartupFilter, ThrowingStartupFilter>());
        using var client = factory.CreateClient();

        // act
        using var response = await client.GetAsync(ThrowingStartupFilter.Path);
        var body = await response.Content.ReadAsStringAsync();

        // assert
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var extensions = JsonNode.Parse(body)!["errors"]![0]!["extensions"]!;
        Assert.Equal("INTERNAL_ERROR", extensions["code"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(extensions["traceId"]!.GetValue<string>()));
        Assert.DoesNotContain("Secret", body);
        Assert.DoesNotContain("/srv/", body);
        NoInternals.In(body);
    }
}
