using Platform.Api.Tests.Infrastructure;
using static Platform.Api.Tests.Cases.Permissions.PermissionMatrix;

namespace Platform.Api.Tests.Cases.Permissions;

/// <summary>The permission matrix for moving and widening a case: assign, escalate, refer, answer a referral, ask for assistance.</summary>
public sealed class SharingPermissionTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    public static TheoryData<CaseSetup, string, string, string> Cells => CommitteeCells("assignCase", "escalateCase", "referCase", "acceptReferral", "returnReferral", "requestAssistance");

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task SharingMutation_Should_GiveEachPrincipal_TheOutcomeInTheMatrix(CaseSetup setup, string mutation, string principal, string expected)
    {
        // arrange
        var before = await factory.PrepareAsync(setup, mutation);

        // act
        var payload = await factory.RunAsync(principal, mutation, before);

        // assert
        await factory.AssertOutcomeAsync(before, mutation, principal, payload, expected);
    }
}
