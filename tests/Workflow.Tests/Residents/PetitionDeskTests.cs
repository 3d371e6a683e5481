using Microsoft.EntityFrameworkCore;
using Platform.Data.Entities;
using Platform.Data.Tenancy;
using Platform.Identity;
using Platform.Workflow.Cases;
using Platform.Workflow.Common;
using Platform.Workflow.Residents;
using Platform.Workflow.Tests.Infrastructure;

namespace Platform.Workflow.Tests.Residents;

public sealed class PetitionDeskTests(WorkflowDatabase database) : IClassFixture<WorkflowDatabase>
{
    private const string Loupu = "/sh/putuo/taopu/loupu/";

    [Fact]
    public async Task Submit_Should_RegisterAQrCodeCase_InTheUnit_StoringOnlyTheReceiptsHash()
    {
        // arrange
        var (desk, portal) = Portal();

        // act
        var receipt = await desk.SubmitAsync(portal, Petition(database.UnitIdOf(Loupu)));

        // assert
        await using var db = database.Read();
        var @case = await db.Cases.SingleAsync(c => c.Number == receipt.CaseNumber);
        Assert.Equal(Channel.QrCode, @case.Channel);
        Assert.Equal(Loupu, @case.HandlingPath);
        Assert.Equal(CaseStatus.Registered, @case.Status);
        Assert.Equal(Receipts.Hash(receipt.Receipt), @case.ReceiptHash);
        Assert.DoesNotContain(receipt.Receipt.Replace("-", ""), @case.ReceiptHash);
    }

    [Fact]
    public async Task Submit_Should_BeRefused_ForStaff()
    {
        // arrange
        var (desk, officer) = database.As<PetitionDesk>("taopu.officer");

        // act
        var refused = await Assert.ThrowsAsync<NotAuthorizedException>(() => desk.SubmitAsync(officer, Petition(database.UnitIdOf(Loupu))));

        // assert
        Assert.Contains(PlatformScopes.PetitionsSubmit, refused.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("00000-00000-00000-00000")]
    [InlineData("not a receipt at all")]
    public async Task Status_Should_BeNotFound_ForAnyCodeThatNamesNoCase(string code)
    {
        // arrange
        var (desk, portal) = Portal();

        // act
        var refused = await Assert.ThrowsAsync<NotFoundException>(() => desk.StatusAsync(portal, code));

        // assert
        Assert.Equal("The receipt was not found.", refused.Message);
    }

    [Fact]
    public async Task Receipts_Should_ReadAsTyped_AndNeverRepeat()
    {
        // arrange
        var codes = Enumerable.Range(0, 1000).Select(_ => Receipts.New()).ToList();

        // act
        var typed = codes[0].ToLowerInvariant().Replace('-', ' ').Replace('0', 'o').Replace('1', 'l');

        // assert
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}$", c));
        Assert.Equal(Receipts.Hash(codes[0]), Receipts.Hash(typed));
        Assert.Null(Receipts.Hash(codes[0][..^1]));
    }

    private (PetitionDesk Desk, Actor Actor) Portal()
    {
        var actor = new Actor("demo-resident", "Demo residents' portal", database.UnitIdOf("/sh/"), TenantScope.For("/sh/"), [], [PlatformScopes.PetitionsSubmit]);
        return (database.For<PetitionDesk>(actor), actor);
    }

    private static SubmitPetitionInput Petition(int unitId) => new()
    {
        UnitId = unitId,
        Category = CaseCategory.LaborWages,
        Title = "扫码反映：拖欠工资",
        Description = "物流园区用工单位拖欠工资。",
        Contact = new PetitionerInput { Name = "李建国", Phone = "13912345678", IdNumber = "310107199001011234" },
    };
}
