using Platform.Api.Tests.Infrastructure;
using static Platform.Api.Tests.Cases.Permissions.PermissionMatrix;

namespace Platform.Api.Tests.Cases.Permissions;

/// <summary>The permission matrix for closing the loop: resolve, verify, close.</summary>
public sealed class ResolutionPermissionTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    public static TheoryData<CaseSetup, string, string, string> Cells => CommitteeCells("resolveCase", "verifyCase", "closeCase");

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task ResolutionMutation_Should_GiveEachPrincipal_TheOutcomeInTheMatrix(CaseSetup setup, string mutation, string principal, string expected)
    {
        // arrange
        var before = await factory.PrepareAsync(setup, mutation);

        // act
        var payload = await factory.RunAsync(principal, mutation, before);

        // assert
        await factory.AssertOutcomeAsync(before, mutation, principal, payload, expected);
    }
}
