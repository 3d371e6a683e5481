using System.Text.Json.Nodes;
using Platform.Api.Bootstrap;
using Platform.Api.Tests.Identity;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Administration;

/// <summary>
/// Issue 8, acceptance 1: a first deployment in Production on an empty database — bootstrap, the
/// admin signs in through the code flow and provisions a township, a user and a client; the user
/// activates, signs in and sees only the township's data; another district's admin gets NOT_FOUND.
/// </summary>
public sealed class ProductionBootstrapTests : IDisposable
{
    private const string AdminPassword = "the first admin's long passphrase";
    private const string Console = "ops-console";
    private const string ConsoleRedirect = "https://console.example.gov.cn/callback";

    private readonly PlatformFactory production = PlatformFactory.ForEnvironment("Production");

    public void Dispose() => production.Dispose();

    [Fact]
    public async Task AFirstDeployment_Should_Bootstrap_Provision_AndKeepDistrictsApart()
    {
        // arrange: bootstrap twice (idempotent) from the shipped unit tree
        Assert.Equal(0, await BootstrapAsync());
        Assert.Equal(0, await BootstrapAsync());
        var admin = await SignInAsync("sh.admin", AdminPassword, Console, ConsoleRedirect);
        var units = await AskAsync(admin, "{ units(first: 100) { totalCount nodes { id path } } }");
        Assert.Equal(17, units["data"]!["units"]!["totalCount"]!.GetValue<int>());
        string Unit(string path) => units["data"]!["units"]!["nodes"]!.AsArray().Single(u => u.Str("path") == path).Id();

        // act: the admin creates 桃浦镇, taopu.officer, a yangpu admin and a public client
        var taopu = await PayloadAsync(admin, "createUnit", new { parentId = Unit("/sh/putuo/"), code = "taopu", name = "桃浦镇", kind = "TOWNSHIP" }, "unit { id path }");
        var officer = await PayloadAsync(admin, "createUser",
            new { unitId = taopu["unit"].Id(), userName = "taopu.officer", displayName = "桃浦镇信访干部", roles = new[] { "officer" } }, "activationCode");
        var yangpuAdmin = await PayloadAsync(admin, "createUser",
            new { unitId = Unit("/sh/yangpu/"), userName = "yangpu.admin", displayName = "杨浦区管理员", roles = new[] { "admin" } }, "activationCode");
        var client = await PayloadAsync(admin, "registerClient",
            new { clientId = "taopu-web", displayName = "桃浦镇工作台", confidential = false, unitId = taopu["unit"].Id(), redirectUris = new[] { "https://taopu.example.gov.cn/callback" } },
            "client { clientId redirectUris }");
        await AccountPages.ActivateOrFailAsync(production, "taopu.officer", officer.Str("activationCode"), "taopu officer passphrase");
        await AccountPages.ActivateOrFailAsync(production, "yangpu.admin", yangpuAdmin.Str("activationCode"), "yangpu admin passphrase");
        var taopuOfficer = await SignInAsync("taopu.officer", "taopu officer passphrase", "taopu-web", "https://taopu.example.gov.cn/callback");
        var yangpu = await SignInAsync("yangpu.admin", "yangpu admin passphrase", Console, ConsoleRedirect);
        var seen = await AskAsync(taopuOfficer, "{ viewer { unit { path } } cases { totalCount } }");
        var refused = await PayloadAsync(yangpu, "lockUser", new { userName = "taopu.officer" }, "user { userName }");

        // assert
        Assert.Equal(["https://taopu.example.gov.cn/callback"], client["client"]!["redirectUris"]!.AsArray().Select(u => u!.GetValue<string>()));
        Assert.Equal("/sh/putuo/taopu/", seen["data"]!["viewer"]!["unit"].Str("path"));
        Assert.Equal(0, seen["data"]!["cases"]!["totalCount"]!.GetValue<int>());
        Assert.Equal("NOT_FOUND", refused["errors"]![0].Str("code"));
    }

    [Fact]
    public async Task ASecondRoot_Should_Be_Refused_AndAddNoUnit()
    {
        // arrange
        await BootstrapAsync();
        var other = Path.Combine(Path.GetTempPath(), $"units-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(other, """{ "code": "bj", "name": "北京市", "kind": "CITY", "children": [] }""");
        using var output = new StringWriter();

        // act
        int exit;
        try
        {
            exit = await BootstrapCommand.RunAsync(production.Services,
                ["bootstrap", "--admin-user", "bj.admin", "--unit-tree", other], new StringReader(AdminPassword + "\n"), output);
        }
        finally
        {
            File.Delete(other);
        }

        // assert
        var token = await SignInAsync("sh.admin", AdminPassword, Console, ConsoleRedirect);
        var units = await AskAsync(token, "{ units { totalCount } }");
        Assert.Equal(1, exit);
        Assert.Contains("'/sh/'", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(17, units["data"]!["units"]!["totalCount"]!.GetValue<int>());
    }

    private async Task<int> BootstrapAsync()
    {
        var tree = Path.Combine(RepositoryRoot(), "deploy", "units.json");
        using var output = new StringWriter();
        var exit = await BootstrapCommand.RunAsync(production.Services,
            ["bootstrap", "--admin-user", "sh.admin", "--unit-tree", tree, "--client-id", Console, "--redirect-uri", ConsoleRedirect],
            new StringReader(AdminPassword + "\n"), output);
        Assert.True(exit == 0, output.ToString());
        return exit;
    }

    private async Task<string> SignInAsync(string userName, string password, string clientId, string redirectUri)
    {
        using var flow = new CodeFlowClient(production, clientId, redirectUri);
        return (await flow.SignInAsync(userName, password)).GetProperty("access_token").GetString()!;
    }

    private async Task<JsonObject> AskAsync(string token, string query)
    {
        using var client = production.CreateClient(token);
        return await client.PostGraphQLAsync(query);
    }

    private async Task<JsonNode> PayloadAsync(string token, string mutation, object input, string selection)
    {
        using var client = production.CreateClient(token);
        var inputType = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        var response = await client.PostGraphQLAsync(
            $"mutation($input: {inputType}!) {{ payload: {mutation}(input: $input) {{ {selection} {GraphQLClient.PayloadErrors} }} }}", new { input });
        Assert.True(response["errors"] is null, response.ToJsonString());
        return response["data"]!["payload"]!;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Platform.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Platform.sln not found above the test binaries.");
    }
}
