using Platform.Api.Tests.Infrastructure;
using Platform.Api.Tests.Tenancy;
using static Platform.Api.Tests.Cases.Permissions.PermissionMatrix;

namespace Platform.Api.Tests.Cases.Permissions;

/// <summary>The permission matrix for receiving a case: register, accept, decline, withdraw.</summary>
public sealed class IntakePermissionTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string Loupu = "/sh/putuo/taopu/loupu/";

    public static TheoryData<string, string> RegisterCells()
    {
        var row = CommitteeCase.Single(r => r[0] == "registerCase");
        var data = new TheoryData<string, string>();
        for (var column = 0; column < CommitteePrincipals.Length; column++)
        {
            data.Add(CommitteePrincipals[column], row[column + 1]);
        }

        return data;
    }

    public static TheoryData<CaseSetup, string, string, string> Cells => CommitteeCells("acceptCase", "declineCase", "withdrawCase");

    [Theory]
    [MemberData(nameof(RegisterCells))]
    public async Task RegisterCase_IntoTheCommittee_Should_GiveEachPrincipal_TheOutcomeInTheMatrix(string principal, string expected)
    {
        // arrange
        var count = await factory.CaseCountAsync();
        var input = new
        {
            petitioners = new[] { new { name = "赵桂兰" } },
            headcount = 1,
            channel = "VISIT",
            receptionForm = "ON_SITE",
            category = "TRANSPORT",
            title = $"权限矩阵 registerCase {principal}",
            description = "居民反映村口道路积水。",
            unitId = await factory.UnitIdAsync(Loupu),
        };

        // act
        var payload = await factory.MutateAsync(principal, "registerCase", input);

        // assert
        Assert.Equal(expected, payload.Outcome());
        if (expected != Ok)
        {
            Assert.Null(payload["case"]);
            Assert.Equal(count, await factory.CaseCountAsync());
            Assert.Equal(expected == Invalid ? "unitId" : null, payload["errors"]![0]!["field"]?.GetValue<string>());
            return;
        }

        Assert.Equal(count + 1, await factory.CaseCountAsync());
        var registered = await factory.ObserveAsync(payload["case"].Str("id"));
        Assert.Equal(Loupu, registered["handlingUnit"].Str("path"));
        Assert.Equal(1, registered["events"].Int("totalCount"));
        Assert.Equal("REGISTERED", registered["events"]!["nodes"]![0].Str("kind"));
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task IntakeMutation_Should_GiveEachPrincipal_TheOutcomeInTheMatrix(CaseSetup setup, string mutation, string principal, string expected)
    {
        // arrange
        var before = await factory.PrepareAsync(setup, mutation);

        // act
        var payload = await factory.RunAsync(principal, mutation, before);

        // assert
        await factory.AssertOutcomeAsync(before, mutation, principal, payload, expected);
    }
}
