using Platform.Api.Tests.Infrastructure;
using Platform.Api.Tests.Tenancy;
using static Platform.Api.Tests.Cases.Permissions.PermissionMatrix;

namespace Platform.Api.Tests.Cases.Permissions;

/// <summary>
/// The permission matrix for units that see a case without handling it: the owner unit after the case
/// moved up, a unit assisting with it, and the unit that referred it away.
/// </summary>
public sealed class MovedCasePermissionTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    public static TheoryData<CaseSetup, string, string, string> Cells => MovedCells();

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task CaseMutation_ByAUnitThatDoesNotHandleTheCase_Should_GiveTheOutcomeInTheMatrix(CaseSetup setup, string mutation, string principal, string expected)
    {
        // arrange
        var before = await factory.PrepareAsync(setup, mutation);

        // act
        var payload = await factory.RunAsync(principal, mutation, before);

        // assert
        await factory.AssertOutcomeAsync(before, mutation, principal, payload, expected);
    }

    [Fact]
    public async Task Matrix_Should_Cover_EveryMutationOfACase()
    {
        // arrange
        const string query = """
            {
              __type(name: "Mutation") {
                fields {
                  name
                  type { ofType { fields { name } } }
                  args { type { ofType { inputFields { name } } } }
                }
              }
            }
            """;

        // act
        var response = await factory.AskAsync("sh.officer", query);

        // assert
        var caseMutations = response["data"]!["__type"]!["fields"]!.AsArray()
            .Where(f => f!["type"]!["ofType"]!["fields"]!.AsArray().Any(p => p.Str("name") == "case"))
            .Where(f => f.Str("name") == "registerCase"
                || f!["args"]![0]!["type"]!["ofType"]!["inputFields"]!.AsArray().Any(p => p.Str("name") == "caseId"))
            .Select(f => f.Str("name"))
            .Order();
        Assert.Equal(caseMutations, CommitteeCase.Select(r => r[0]).Order());
    }
}
