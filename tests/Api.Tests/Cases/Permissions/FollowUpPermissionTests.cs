using Platform.Api.Tests.Infrastructure;
using static Platform.Api.Tests.Cases.Permissions.PermissionMatrix;

namespace Platform.Api.Tests.Cases.Permissions;

/// <summary>The permission matrix for following a case up: notes, reminders, replies to supervision.</summary>
public sealed class FollowUpPermissionTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    public static TheoryData<CaseSetup, string, string, string> Cells => CommitteeCells("addCaseNote", "remindCase", "replyToSupervision");

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task FollowUpMutation_Should_GiveEachPrincipal_TheOutcomeInTheMatrix(CaseSetup setup, string mutation, string principal, string expected)
    {
        // arrange
        var before = await factory.PrepareAsync(setup, mutation);

        // act
        var payload = await factory.RunAsync(principal, mutation, before);

        // assert
        await factory.AssertOutcomeAsync(before, mutation, principal, payload, expected);
    }
}
