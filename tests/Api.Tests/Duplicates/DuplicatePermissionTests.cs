using Platform.Api.Tests.Cases;
using Platform.Api.Tests.Cases.Permissions;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Duplicates;

/// <summary>
/// The rows of <see cref="PermissionMatrix.CommitteeCase"/> for linkDuplicate and unlinkDuplicate, run
/// with steps of their own (a link needs a second case, an unlink a linked one): both cases in 楼浦村.
/// </summary>
public sealed class DuplicatePermissionTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    public static TheoryData<string, string, string> Cells()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var row in PermissionMatrix.CommitteeCase.Where(r => r[0] is "linkDuplicate" or "unlinkDuplicate"))
        {
            for (var column = 1; column < row.Length; column++)
            {
                data.Add(row[0], PermissionMatrix.CommitteePrincipals[column - 1], row[column]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task DuplicateLink_ByEachPrincipal_Should_GiveTheOutcomeInTheMatrix(string mutation, string principal, string expected)
    {
        // arrange
        var primary = await factory.RegisterAsync("loupu.proxy", $"楼浦村重复信访（{mutation} {principal} 原件）");
        var repeat = await factory.RegisterAsync("loupu.proxy", $"楼浦村重复信访（{mutation} {principal}）");
        if (mutation == "unlinkDuplicate")
        {
            repeat = await factory.SucceedAsync("loupu.proxy", "linkDuplicate", new { caseId = repeat.Id(), version = repeat.Version(), primaryCaseId = primary.Id() });
        }

        // act
        var payload = await factory.MutateAsync(principal, mutation, mutation == "linkDuplicate"
            ? new { caseId = repeat.Id(), version = repeat.Version(), primaryCaseId = primary.Id() }
            : (object)new { caseId = repeat.Id(), version = repeat.Version() });

        // assert
        var outcome = payload["errors"] is null ? PermissionMatrix.Ok : payload.ErrorCode();
        Assert.Equal(expected, outcome);
    }
}
