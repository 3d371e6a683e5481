using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Tests.Acceptance;
using Platform.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Platform.Api.Tests.Cases;

/// <summary>
/// Whether a page's petitioners are readable (DESIGN §4 rule 7) is decided from the case rows the
/// page has read: their personal-data fields send no command of their own.
/// </summary>
public sealed class PetitionerReadabilityCommandsTests : IDisposable
{
    private readonly SqlCommandLog log = new();
    private readonly PlatformFactory factory;
    private readonly ITestOutputHelper output;

    public PetitionerReadabilityCommandsTests(ITestOutputHelper output)
    {
        this.output = output;
        factory = new PlatformFactory().WithServices(services => services.AddSingleton<IInterceptor>(log));
    }

    public void Dispose() => factory.Dispose();

    [Theory]
    [InlineData("taopu.officer")]
    [InlineData("putuo.viewer")]
    public async Task PersonalDataFields_Should_Send_NoCommand_OfTheirOwn(string principal)
    {
        // arrange
        using var client = factory.CreateClient(await factory.GetTokenAsync(principal));
        var withoutPersonalData = await CommandsAsync(client, "__typename");

        // act
        var withPersonalData = await CommandsAsync(client, "name phone idNumber address");

        // assert
        foreach (var command in withPersonalData)
        {
            output.WriteLine(command);
        }

        Assert.Equal(withoutPersonalData.Count, withPersonalData.Count);
    }

    private async Task<List<string>> CommandsAsync(HttpClient client, string petitionerFields)
    {
        var query = $"query {{ cases(first: 30) {{ nodes {{ number petitioners {{ {petitionerFields} }} }} }} }}";
        await client.PostGraphQLAsync(query);
        log.Clear();
        var response = await client.PostGraphQLAsync(query);
        Assert.Null(response["errors"]);
        Assert.NotEmpty(response["data"]!["cases"]!["nodes"]!.AsArray());
        return [.. log.Commands];
    }
}
