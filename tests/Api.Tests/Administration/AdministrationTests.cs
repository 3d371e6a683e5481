using System.Net;
using Platform.Api.Tests.Identity;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Administration;

/// <summary>The administration API through HTTP with real tokens (DESIGN §10): acts, their tenancy and their history.</summary>
public sealed class AdministrationTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string Password = "a long passphrase for tests";

    [Fact]
    public async Task ADistrictAdmin_Should_CreateAUnitAndAUser_WhoActivates_AndSignsIn()
    {
        // arrange
        var taopu = await UnitIdAsync("/sh/putuo/taopu/");

        // act
        var unit = await factory.PayloadAsync("putuo.admin", "createUnit",
            new { parentId = taopu, code = "taopu-cgj", name = "桃浦城管中队", kind = "DEPARTMENT" }, "unit { id path kind depth }");
        var created = await factory.PayloadAsync("putuo.admin", "createUser",
            new { unitId = unit["unit"].Id(), userName = "taopu-cgj.officer", displayName = "桃浦城管队员", roles = new[] { "officer" } },
            "user { userName activated roles unit { path } } activationCode");
        await AccountPages.ActivateOrFailAsync(factory, "taopu-cgj.officer", created.Str("activationCode"), Password);
        using var flow = new CodeFlowClient(factory);
        var tokens = await flow.SignInAsync("taopu-cgj.officer", Password);

        // assert
        Assert.Null(unit["errors"]);
        Assert.Equal("/sh/putuo/taopu/taopu-cgj/", unit["unit"].Str("path"));
        Assert.Equal("DEPARTMENT", unit["unit"].Str("kind"));
        Assert.False(created["user"]!["activated"]!.GetValue<bool>());
        Assert.Equal("/sh/putuo/taopu/taopu-cgj/", Jwt.Payload(tokens.GetProperty("access_token").GetString()!).GetProperty("unit_path").GetString());
    }

    [Fact]
    public async Task AnAdminOfAnotherDistrict_Should_Get_NotFound_ForAUserOrUnitOutsideItsSubtree()
    {
        // arrange
        var taopu = await UnitIdAsync("/sh/putuo/taopu/");

        // act
        var locked = await factory.PayloadAsync("yangpu.admin", "lockUser", new { userName = "taopu.leader" }, "user { userName }");
        var renamed = await factory.PayloadAsync("yangpu.admin", "renameUnit", new { unitId = taopu, name = "改名" }, "unit { name }");
        var created = await factory.PayloadAsync("yangpu.admin", "createUser",
            new { unitId = taopu, userName = "intruder.officer", displayName = "x", roles = new[] { "officer" } }, "user { userName }");

        // assert
        Assert.Equal("NOT_FOUND", locked["errors"]![0].Str("code"));
        Assert.Null(locked["user"]);
        Assert.Equal("NOT_FOUND", renamed["errors"]![0].Str("code"));
        Assert.Equal("NOT_FOUND", created["errors"]![0].Str("code"));
    }

    [Fact]
    public async Task APersonWithoutTheAdminRole_Should_Not_Administer()
    {
        // act
        var locked = await factory.PayloadAsync("putuo.leader", "lockUser", new { userName = "taopu.leader" }, "user { userName }");
        var history = await factory.AskAsync("putuo.leader", "{ auditEntries { totalCount } }");

        // assert
        Assert.Equal("AUTH_NOT_AUTHORIZED", locked["errors"]![0].Str("code"));
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], history.ErrorCodes());
    }

    [Fact]
    public async Task EveryAct_Should_Appear_InTheHistory_OfItsSubtreesAdmins_Only()
    {
        // arrange
        var changbai = await UnitIdAsync("/sh/yangpu/changbai/");
        await factory.PayloadAsync("yangpu.admin", "renameUnit", new { unitId = changbai, name = "长白新村街道办事处" }, "unit { name }");

        // act
        var yangpu = await factory.AskAsync("yangpu.admin", "{ auditEntries(first: 50) { nodes { action subject actorName } } }");
        var city = await factory.AskAsync("sh.admin", "{ auditEntries(first: 50) { nodes { action subject } } }");
        var putuo = await factory.AskAsync("putuo.admin", "{ auditEntries(first: 50) { nodes { action subject } } }");

        // assert
        static bool Renamed(System.Text.Json.Nodes.JsonNode? e) => e.Str("action") == "UNIT_RENAMED" && e.Str("subject") == "/sh/yangpu/changbai/";
        Assert.Contains(yangpu["data"]!["auditEntries"]!["nodes"]!.AsArray(), Renamed);
        Assert.Contains(city["data"]!["auditEntries"]!["nodes"]!.AsArray(), Renamed);
        Assert.DoesNotContain(putuo["data"]!["auditEntries"]!["nodes"]!.AsArray(), Renamed);
    }

    [Fact]
    public async Task DeactivatingAUser_Should_Make_ItsTokens_Fail_AtTheApi()
    {
        // arrange
        var unit = await UnitIdAsync("/sh/putuo/taopu/chunguang/");
        var created = await factory.PayloadAsync("putuo.admin", "createUser",
            new { unitId = unit, userName = "chunguang.helper", displayName = "春光村助理", roles = new[] { "proxy" } }, "activationCode");
        await AccountPages.ActivateOrFailAsync(factory, "chunguang.helper", created.Str("activationCode"), Password);
        using var flow = new CodeFlowClient(factory);
        var access = (await flow.SignInAsync("chunguang.helper", Password)).GetProperty("access_token").GetString()!;
        using var client = factory.CreateClient(access);
        Assert.Empty((await client.PostGraphQLAsync("{ viewer { name } }")).ErrorCodes());

        // act
        var deactivated = await factory.PayloadAsync("putuo.admin", "deactivateUser", new { userName = "chunguang.helper" }, "user { active }");

        // assert
        Assert.False(deactivated["user"]!["active"]!.GetValue<bool>());
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], (await client.PostGraphQLAsync("{ viewer { name } }")).ErrorCodes());
        using var signIn = await flow.SubmitSignInAsync("/account/signin", "chunguang.helper", Password);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
    }

    [Fact]
    public async Task AConfidentialClient_Should_GetItsSecretOnce_RotateIt_AndStopWorking_WhenDisabled()
    {
        // arrange
        var putuo = await UnitIdAsync("/sh/putuo/");
        var registered = await factory.PayloadAsync("putuo.admin", "registerClient",
            new { clientId = "putuo-hotline", displayName = "普陀热线", confidential = true, unitId = putuo, scopes = new[] { "platform.read" } },
            "client { clientId confidential unitPath scopes } clientSecret");
        var secret = registered.Str("clientSecret");
        var token = await factory.GetClientTokenAsync("putuo-hotline", secret);

        // act
        var rotated = await factory.PayloadAsync("putuo.admin", "rotateClientSecret", new { clientId = "putuo-hotline" }, "clientSecret");
        using var oldSecret = await factory.RequestTokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "putuo-hotline", ["client_secret"] = secret,
        });
        var newToken = await factory.GetClientTokenAsync("putuo-hotline", rotated.Str("clientSecret"));
        await factory.PayloadAsync("putuo.admin", "disableClient", new { clientId = "putuo-hotline" }, "client { disabled }");
        using var client = factory.CreateClient(newToken);

        // assert
        Assert.Equal("/sh/putuo/", registered["client"].Str("unitPath"));
        Assert.Equal("/sh/putuo/", Jwt.Payload(token).GetProperty("unit_path").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, oldSecret.StatusCode);
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], (await client.PostGraphQLAsync("{ viewer { name } }")).ErrorCodes());
        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.GetClientTokenAsync("putuo-hotline", rotated.Str("clientSecret")));
    }

    [Fact]
    public async Task AnAdminOfAnotherDistrict_Should_Get_NotFound_ForAClientOutsideItsSubtree_WhichKeepsWorking()
    {
        // act
        var rotated = await factory.PayloadAsync("yangpu.admin", "rotateClientSecret", new { clientId = "demo-integration" }, "clientSecret");
        var disabled = await factory.PayloadAsync("yangpu.admin", "disableClient", new { clientId = "demo-integration" }, "client { disabled }");
        var unknown = await factory.PayloadAsync("yangpu.admin", "disableClient", new { clientId = "no-such-client" }, "client { disabled }");
        using var client = factory.CreateClient(await factory.GetClientTokenAsync());

        // assert
        Assert.Equal("NOT_FOUND", rotated["errors"]![0].Str("code"));
        Assert.Null(rotated["clientSecret"]);
        Assert.Equal("NOT_FOUND", disabled["errors"]![0].Str("code"));
        Assert.Equal(unknown["errors"]![0].Str("message"), disabled["errors"]![0].Str("message"));
        Assert.Empty((await client.PostGraphQLAsync("{ viewer { unit { path } } }")).ErrorCodes());
    }

    [Fact]
    public async Task ADeactivatedUnit_Should_Take_NoNewCases_AndKeepItsRecords()
    {
        // arrange
        var grid = await UnitIdAsync("/sh/putuo/taopu/loupu/g2/");

        // act
        var deactivated = await factory.PayloadAsync("putuo.admin", "deactivateUnit", new { unitId = grid }, "unit { deactivatedAt }");
        var registered = await factory.PayloadAsync("loupu.proxy", "registerCase", new
        {
            unitId = grid, petitioners = new[] { new { name = "王芳" } }, headcount = 1, channel = "VISIT",
            receptionForm = "ON_SITE", category = "OTHER", title = "测试", description = "测试",
        }, "case { id }");

        // assert
        Assert.NotNull(deactivated["unit"]!["deactivatedAt"]);
        Assert.Equal("VALIDATION", registered["errors"]![0].Str("code"));
        Assert.Equal("unitId", registered["errors"]![0].Str("field"));
    }

    private async Task<string> UnitIdAsync(string path)
    {
        var response = await factory.AskAsync("sh.officer", "query($p: String!) { units(where: { path: { eq: $p } }) { nodes { id } } }", new { p = path });
        return response["data"]!["units"]!["nodes"]![0].Id();
    }
}
