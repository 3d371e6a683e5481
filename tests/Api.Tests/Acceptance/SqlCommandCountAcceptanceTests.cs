using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Platform.Api.Tests.Acceptance;

/// <summary>
/// STYLE habit 4 and the acceptance criterion: the number of SQL commands for a page of 10 cases
/// with nested units, petitioners and events equals the number for a page of 50.
/// </summary>
public sealed class SqlCommandCountAcceptanceTests : IDisposable
{
    // sh.officer sees every case of the city (46 in the demo data).
    private const string User = "sh.officer";

    private const string CasePage = """
        query CasePage($first: Int!) {
          cases(first: $first) {
            nodes {
              number
              ownerUnit { name }
              handlingUnit { name parent { name } }
              petitioners { name }
              events(first: 5) { totalCount nodes { kind actorUnit { name } } }
            }
          }
        }
        """;

    private readonly SqlCommandLog log = new();
    private readonly PlatformFactory factory;
    private readonly ITestOutputHelper output;

    public SqlCommandCountAcceptanceTests(ITestOutputHelper output)
    {
        this.output = output;
        factory = new PlatformFactory().WithServices(services => services.AddSingleton<IInterceptor>(log));
    }

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task APageOf50Cases_Should_Send_AsManySqlCommands_AsAPageOf10()
    {
        // arrange
        using var client = factory.CreateClient(await factory.GetTokenAsync(User));

        // act
        var ten = await CountCommandsAsync(client, first: 10);
        var fifty = await CountCommandsAsync(client, first: 50);

        // assert
        Assert.Equal(10, ten.Cases);
        Assert.True(fifty.Cases >= 46, $"Expected every demo case in the page of 50, got {fifty.Cases}.");
        Assert.Equal(ten.Commands, fifty.Commands);
        Assert.InRange(ten.Commands, 1, 8);
    }

    [Fact]
    public async Task APageSelectingOnlyTheNumber_Should_Not_Read_TheDescriptionColumn()
    {
        // arrange
        using var client = factory.CreateClient(await factory.GetTokenAsync(User));
        log.Clear();

        // act
        var response = await client.PostGraphQLAsync("""
            { cases(first: 10) { nodes { number } } }
            """);

        // assert
        Assert.Empty(response.ErrorCodes());
        var caseCommands = log.Commands.Where(c => c.Contains("FROM \"Cases\"", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(caseCommands);
        Assert.All(caseCommands, command => Assert.DoesNotContain("\"Description\"", command));
    }

    private async Task<(int Commands, int Cases)> CountCommandsAsync(HttpClient client, int first)
    {
        // The token was fetched before: only the GraphQL request's own commands are counted.
        log.Clear();
        var response = await client.PostGraphQLAsync(CasePage, new { first });
        var commands = log.Count;
        output.WriteLine($"first: {first} -> {commands} SQL commands");
        foreach (var command in log.Commands)
        {
            output.WriteLine(command);
            output.WriteLine("--");
        }

        Assert.Empty(response.ErrorCodes());
        return (commands, response["data"]!["cases"]!["nodes"]!.AsArray().Count);
    }
}
