using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Tests.Infrastructure;
using Platform.Data;
using Platform.Data.Entities;
using Platform.Data.Seeding;
using Platform.Identity;
using Platform.Identity.Administration;
using Microsoft.EntityFrameworkCore;

namespace Platform.Api.Tests.Administration;

/// <summary>The administration rules called directly, without HTTP or GraphQL (src/Identity/Administration).</summary>
public sealed class AdministrationRulesTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static readonly AdminActor PutuoAdmin = new(DemoAccounts.IdOf("putuo.admin"), "普陀区管理员", 0, "/sh/putuo/", [PlatformRoles.Admin], [PlatformScopes.Write]);

    [Theory]
    [InlineData("/sh/putuo/", UnitKind.Department, true)]
    [InlineData("/sh/putuo/taopu/", UnitKind.Department, true)]
    [InlineData("/sh/putuo/taopu/loupu/", UnitKind.Department, false)]
    [InlineData("/sh/putuo/taopu/taopu-police/", UnitKind.Grid, false)]
    [InlineData("/sh/putuo/", UnitKind.Committee, false)]
    [InlineData("/sh/putuo/taopu/", UnitKind.Committee, true)]
    public async Task CreateUnit_Should_Allow_OnlyTheKindsThatFitUnderTheParent(string parent, UnitKind kind, bool allowed)
    {
        // arrange
        using var scope = factory.Services.CreateScope();
        var parentId = await UnitIdAsync(scope, parent);
        var code = $"t{Guid.NewGuid():N}"[..12];

        // act
        var attempt = () => scope.ServiceProvider.GetRequiredService<UnitAdministration>()
            .CreateAsync(PutuoAdmin, new CreateUnitCommand(parentId, code, "测试单位", kind), CancellationToken.None);

        // assert
        if (allowed)
        {
            Assert.Equal(parent + code + "/", (await attempt()).Path);
        }
        else
        {
            Assert.Equal(AdminErrorKind.Validation, (await Assert.ThrowsAsync<AdministrationException>(attempt)).Kind);
        }
    }

    [Fact]
    public async Task AnAdmin_Should_Not_Lock_Itself_NorAct_OutsideItsSubtree()
    {
        // arrange
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserAdministration>();

        // act
        var self = await Assert.ThrowsAsync<AdministrationException>(() => users.LockAsync(PutuoAdmin, "putuo.admin", CancellationToken.None));
        var outside = await Assert.ThrowsAsync<AdministrationException>(() => users.LockAsync(PutuoAdmin, "yangpu.officer", CancellationToken.None));
        var unknown = await Assert.ThrowsAsync<AdministrationException>(() => users.LockAsync(PutuoAdmin, "nobody", CancellationToken.None));

        // assert
        Assert.Equal(AdminErrorKind.NotAuthorized, self.Kind);
        Assert.Equal(AdminErrorKind.NotFound, outside.Kind);
        Assert.Equal(outside.Message, unknown.Message);
    }

    [Fact]
    public async Task APersonWithoutTheAdminRole_Should_Be_Refused_BeforeAnythingIsRead()
    {
        // arrange
        using var scope = factory.Services.CreateScope();
        var officer = PutuoAdmin with { Roles = [PlatformRoles.Officer] };

        // act
        var refused = await Assert.ThrowsAsync<AdministrationException>(() =>
            scope.ServiceProvider.GetRequiredService<UserAdministration>().LockAsync(officer, "nobody", CancellationToken.None));

        // assert
        Assert.Equal(AdminErrorKind.NotAuthorized, refused.Kind);
    }

    [Fact]
    public async Task DeactivateUnit_Should_Refuse_AUnitWithActiveSubUnits_AndTheAdminsOwnUnit()
    {
        // arrange
        using var scope = factory.Services.CreateScope();
        var units = scope.ServiceProvider.GetRequiredService<UnitAdministration>();

        // act
        var withChildren = await Assert.ThrowsAsync<AdministrationException>(async () =>
            await units.DeactivateAsync(PutuoAdmin, await UnitIdAsync(scope, "/sh/putuo/taopu/"), CancellationToken.None));
        var own = await Assert.ThrowsAsync<AdministrationException>(async () =>
            await units.DeactivateAsync(PutuoAdmin, await UnitIdAsync(scope, "/sh/putuo/"), CancellationToken.None));

        // assert
        Assert.Equal(AdminErrorKind.Validation, withChildren.Kind);
        Assert.Equal(AdminErrorKind.NotAuthorized, own.Kind);
    }

    [Fact]
    public async Task RegisterClient_Should_Refuse_PlainHttpRedirects_OffLoopback()
    {
        // arrange
        using var scope = factory.Services.CreateScope();

        // act
        var refused = await Assert.ThrowsAsync<AdministrationException>(() =>
            scope.ServiceProvider.GetRequiredService<ClientAdministration>().RegisterAsync(PutuoAdmin, new RegisterClientCommand(
                "plain-http", "x", false, null, ["http://app.example/callback"], null, null, null), CancellationToken.None));

        // assert
        Assert.Equal("redirectUris", refused.Field);
    }

    private static Task<int> UnitIdAsync(IServiceScope scope, string path) =>
        scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Units.Where(u => u.Path == path).Select(u => u.Id).SingleAsync();
}
