using System.Text;
using Platform.Api.Tests.Infrastructure;
using static Platform.Api.Tests.Cases.Permissions.PermissionMatrix;

namespace Platform.Api.Tests.Cases.Permissions;

/// <summary>The permission matrix for the leaders' acts: leader ownership, supervision orders, deadline extensions.</summary>
public sealed class LeaderPermissionTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    public static TheoryData<CaseSetup, string, string, string> CommitteeCaseCells => CommitteeCells("assignLeaderOwner", "superviseCase", "extendDeadline");

    public static TheoryData<CaseSetup, string, string, string> TownshipCaseCells => TownshipCells();

    [Theory]
    [MemberData(nameof(CommitteeCaseCells))]
    public async Task LeaderAct_OnACommitteeCase_Should_GiveEachPrincipal_TheOutcomeInTheMatrix(CaseSetup setup, string mutation, string principal, string expected)
    {
        // arrange
        var before = await factory.PrepareAsync(setup, mutation);

        // act
        var payload = await factory.RunAsync(principal, mutation, before);

        // assert
        await factory.AssertOutcomeAsync(before, mutation, principal, payload, expected);
    }

    [Theory]
    [MemberData(nameof(TownshipCaseCells))]
    public async Task LeaderAct_OnATownshipCase_Should_GiveEachPrincipal_TheOutcomeInTheMatrix(CaseSetup setup, string mutation, string principal, string expected)
    {
        // arrange
        var before = await factory.PrepareAsync(setup, mutation);

        // act
        var payload = await factory.RunAsync(principal, mutation, before);

        // assert
        await factory.AssertOutcomeAsync(before, mutation, principal, payload, expected);
    }

    [Theory]
    [InlineData("assignLeaderOwner")]
    [InlineData("superviseCase")]
    [InlineData("extendDeadline")]
    public async Task NonLeaderWhoCannotSeeTheCase_Should_GetTheSameAnswer_AsForACaseThatDoesNotExist(string mutation)
    {
        // arrange: the role is checked before the case is looked up, which must not tell a sibling that the case exists
        var hidden = await factory.PrepareAsync(CaseSetup.Committee, mutation);
        var missing = hidden.DeepClone();
        missing["id"] = Convert.ToBase64String(Encoding.UTF8.GetBytes("Case:987654"));

        // act
        var forHidden = await factory.RunAsync("chunguang.proxy", mutation, hidden);
        var forMissing = await factory.RunAsync("chunguang.proxy", mutation, missing);

        // assert
        Assert.Equal(Denied, forHidden.Outcome());
        Assert.Equal(forMissing["errors"]!.ToJsonString(), forHidden["errors"]!.ToJsonString());
        Assert.Equal(hidden.ToJsonString(), (await factory.ObserveAsync(hidden["id"]!.GetValue<string>())).ToJsonString());
    }
}
