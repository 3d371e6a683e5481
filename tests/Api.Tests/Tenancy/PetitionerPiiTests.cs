using System.Text.Json.Nodes;
using Platform.Api.Tests.Infrastructure;
using Platform.Data.Entities;

namespace Platform.Api.Tests.Tenancy;

/// <summary>DESIGN §4 rule 7: petitioner PII is unmasked only with pii.read at the owner or handling unit or above.</summary>
[Collection(SharedPlatform.Name)]
public sealed class PetitionerPiiTests(PlatformFactory factory)
{
    private const string CaseWithPetitioners = """
        query Case($id: ID!) {
          case(id: $id) { number petitioners { name phone idNumber address } }
        }
        """;

    [Fact]
    public async Task DistrictOfficer_Should_Read_ThePetitionersOfItsCases_Unmasked()
    {
        // arrange
        var oracle = await TenancyOracle.ForAsync(factory);
        var @case = oracle.Cases.First(c => c.OwnerPath.StartsWith("/sh/putuo/taopu/loupu/", StringComparison.Ordinal));

        // act
        var petitioners = await PetitionersAsync("putuo.officer", @case);

        // assert
        Assert.Equal(oracle.Petitioners.Where(p => p.CaseId == @case.Id).OrderBy(p => p.Ordinal).Select(Raw), petitioners);
    }

    [Fact]
    public async Task Township_Should_Read_AReferralItHandles_Unmasked()
    {
        // arrange: 杨浦 referred the case to 普陀, which accepted it and assigned it to 桃浦
        var oracle = await TenancyOracle.ForAsync(factory);
        var @case = oracle.Cases.Single(c => c.OwnerPath.StartsWith("/sh/yangpu/", StringComparison.Ordinal) && c.HandlingPath == "/sh/putuo/taopu/");

        // act
        var petitioners = await PetitionersAsync("taopu.officer", @case);

        // assert
        Assert.Equal(oracle.Petitioners.Where(p => p.CaseId == @case.Id).OrderBy(p => p.Ordinal).Select(Raw), petitioners);
    }

    [Fact]
    public async Task Township_Should_Read_APendingReferral_Masked()
    {
        // arrange: 长白 referred the case to 桃浦, which has not answered yet
        var oracle = await TenancyOracle.ForAsync(factory);
        var @case = oracle.Cases.Single(c => c.OwnerPath.StartsWith("/sh/yangpu/", StringComparison.Ordinal)
            && oracle.Shares.Any(s => s.CaseId == c.Id && s.TargetPath == "/sh/putuo/taopu/" && s.Status == ShareStatus.Active && s.Kind == ShareKind.Refer));
        Assert.StartsWith("/sh/yangpu/", @case.HandlingPath);

        // act
        var petitioners = await PetitionersAsync("taopu.officer", @case);

        // assert
        Assert.Equal(oracle.Petitioners.Where(p => p.CaseId == @case.Id).OrderBy(p => p.Ordinal).Select(Masked), petitioners);
        Assert.All(petitioners, p => Assert.Matches(@"^.\*+$", p.Name));
        Assert.All(petitioners, p => Assert.Matches(@"^1\d\d\*{4}\d{4}$", p.Phone));
    }

    [Theory]
    [InlineData("putuo.viewer")]
    [InlineData(Principals.Integration)]
    public async Task PrincipalWithoutPiiRead_Should_Read_EveryPetitioner_Masked(string principal)
    {
        // arrange
        var oracle = await TenancyOracle.ForAsync(factory);
        var scope = await factory.ScopeOfAsync(principal);

        // act
        var cases = await factory.AllNodesAsync(principal, "cases", "id petitioners { name phone idNumber address }", pageSize: 10);

        // assert
        Assert.Equal(oracle.VisibleCases(scope).Count(), cases.Count);
        Assert.All(cases, node =>
        {
            var @case = oracle.Cases.Single(c => TenancyOracle.IdOf("Case", c.Id) == node.Str("id"));
            Assert.Equal(
                oracle.Petitioners.Where(p => p.CaseId == @case.Id).OrderBy(p => p.Ordinal).Select(Masked),
                node["petitioners"]!.AsArray().Select(Read));
        });
    }

    private async Task<List<Pii>> PetitionersAsync(string principal, Case @case)
    {
        var response = await factory.AskAsync(principal, CaseWithPetitioners, new { id = TenancyOracle.IdOf("Case", @case.Id) });
        Assert.Null(response["errors"]);
        return response["data"]!["case"]!["petitioners"]!.AsArray().Select(Read).ToList();
    }

    private static Pii Read(JsonNode? node) =>
        new(node.Str("name"), node!["phone"]?.GetValue<string>(), node["idNumber"]?.GetValue<string>(), node["address"]?.GetValue<string>());

    private static Pii Raw(Petitioner p) => new(p.Name, p.Phone, p.IdNumber, p.Address);

    /// <summary>The masked shapes of rule 7, written out here rather than taken from the API's own masking code.</summary>
    private static Pii Masked(Petitioner p) => new(
        p.Name[..1] + new string('*', p.Name.Length - 1),
        p.Phone is null ? null : p.Phone[..3] + new string('*', p.Phone.Length - 7) + p.Phone[^4..],
        p.IdNumber is null ? null : p.IdNumber[..4] + new string('*', p.IdNumber.Length - 8) + p.IdNumber[^4..],
        p.Address is null ? null : p.Address[..Math.Min(6, p.Address.Length / 2)] + "****");

    private sealed record Pii(string Name, string? Phone, string? IdNumber, string? Address);
}
