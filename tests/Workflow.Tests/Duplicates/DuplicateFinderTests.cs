using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Workflow.Duplicates;
using Platform.Workflow.Tests.Infrastructure;

namespace Platform.Workflow.Tests.Duplicates;

public sealed class DuplicateFinderTests(WorkflowDatabase database) : IClassFixture<WorkflowDatabase>
{
    private readonly DuplicateFinder finder = new(Options.Create(new DuplicatePolicy()));

    [Fact]
    public async Task FindAsync_Should_List_ACase_OfTheSamePetitioner_AsSamePetitioner()
    {
        // arrange
        var earlier = await DuplicateCases.RegisterAsync(database, "taopu.officer", "楼道堆物", "13911110001");
        var later = await DuplicateCases.RegisterAsync(database, "taopu.officer", "噪声扰民", "13911110001");

        // act
        await using var db = database.Read("/sh/putuo/taopu/");
        var found = await finder.FindAsync(db, later, default);

        // assert
        Assert.Contains(new PossibleDuplicate(earlier, DuplicateReason.SamePetitioner), found!);
    }

    [Fact]
    public async Task FindAsync_Should_List_ACase_WithMuchTheSameWords_AsSimilarText()
    {
        // arrange
        var earlier = await DuplicateCases.RegisterAsync(database, "taopu.officer", "zebra quokka pangolin axolotl");
        var later = await DuplicateCases.RegisterAsync(database, "taopu.officer", "zebra quokka pangolin narwhal");

        // act
        await using var db = database.Read("/sh/putuo/taopu/");
        var found = await finder.FindAsync(db, later, default);

        // assert
        Assert.Contains(new PossibleDuplicate(earlier, DuplicateReason.SimilarText), found!);
    }

    [Fact]
    public async Task FindAsync_Should_Not_List_ACase_RegisteredOutsideTheWindow()
    {
        // arrange
        var old = await DuplicateCases.RegisterAsync(database, "taopu.officer", "ibex okapi tapir", "13911110002");
        var later = await DuplicateCases.RegisterAsync(database, "taopu.officer", "ibex okapi tapir", "13911110002");
        await using (var setup = database.Read())
        {
            await setup.Cases.Where(c => c.Id == old).ExecuteUpdateAsync(s => s.SetProperty(c => c.RegisteredAt, WorkflowDatabase.Now.AddDays(-181)));
        }

        // act
        await using var db = database.Read("/sh/putuo/taopu/");
        var found = await finder.FindAsync(db, later, default);

        // assert
        Assert.DoesNotContain(found!, d => d.CaseId == old);
    }

    [Fact]
    public async Task FindAsync_Should_Not_List_ACase_TheCallerCannotSee()
    {
        // arrange
        var elsewhere = await DuplicateCases.RegisterAsync(database, "yangpu.officer", "wombat dingo", "13911110003");
        var mine = await DuplicateCases.RegisterAsync(database, "taopu.officer", "wombat dingo", "13911110003");

        // act
        await using var db = database.Read("/sh/putuo/taopu/");
        var found = await finder.FindAsync(db, mine, default);
        await using var city = database.Read();
        var foundByTheCity = await finder.FindAsync(city, mine, default);

        // assert
        Assert.DoesNotContain(found!, d => d.CaseId == elsewhere);
        Assert.Contains(new PossibleDuplicate(elsewhere, DuplicateReason.SamePetitioner), foundByTheCity!);
    }

    [Fact]
    public async Task FindAsync_Should_BeNull_For_ACase_TheCallerCannotSee()
    {
        // arrange
        var elsewhere = await DuplicateCases.RegisterAsync(database, "yangpu.officer", "lemur");

        // act
        await using var db = database.Read("/sh/putuo/taopu/");
        var found = await finder.FindAsync(db, elsewhere, default);

        // assert
        Assert.Null(found);
    }
}
