using Microsoft.EntityFrameworkCore;
using Platform.Data.Entities;

namespace Platform.Data.Tests.Seeding;

/// <summary>The demo verifications and supervision orders, and what a committee sees of the seeded cases.</summary>
public sealed class DemoRecordTests(SeededDatabase database) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task Seeder_Should_Record_Verifications_For_Verified_Cases()
    {
        // arrange
        await using var db = database.Open("/sh/");

        // act
        var verified = await db.Cases.Include(c => c.Verifications)
            .Where(c => c.Status == CaseStatus.Verified || c.Status == CaseStatus.Closed || c.ReviewCount > 0)
            .ToListAsync();

        // assert
        Assert.All(verified, c => Assert.Single(c.Verifications));
        var satisfaction = verified.SelectMany(c => c.Verifications).Select(v => v.Satisfaction).ToHashSet();
        Assert.Equal(Enum.GetValues<Satisfaction>().ToHashSet(), satisfaction);
        Assert.True(await db.CaseSupervisions.CountAsync() >= 2);
    }

    [Fact]
    public async Task Seeder_Should_Hide_Other_Districts_From_A_Committee()
    {
        // arrange
        await using var db = database.Open("/sh/yangpu/changbai/antu/");

        // act
        var paths = await db.Cases.Select(c => c.OwnerPath).ToListAsync();

        // assert
        Assert.NotEmpty(paths);
        Assert.All(paths, p => Assert.StartsWith("/sh/yangpu/changbai/antu/", p, StringComparison.Ordinal));
    }
}
