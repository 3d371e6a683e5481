using Microsoft.EntityFrameworkCore;
using Platform.Data.Entities;
using Platform.Data.Events;
using Platform.Workflow.Campaigns;
using Platform.Workflow.Common;
using Platform.Workflow.Tests.Infrastructure;

namespace Platform.Workflow.Tests.Campaigns;

public sealed class SuggestionConversionTests(WorkflowDatabase database) : IClassFixture<WorkflowDatabase>
{
    [Fact]
    public async Task Convert_Should_Register_ACase_FromTheSuggestion_Once()
    {
        // arrange
        var (lifecycle, officer) = database.As<CampaignLifecycle>("taopu.officer");
        var campaign = await lifecycle.CreateAsync(officer, CampaignLifecycleTests.NewCampaign("转为信访"));
        await lifecycle.OpenAsync(officer, new CampaignChangeInput { CampaignId = campaign, Version = 1 });
        var (handling, actor) = database.As<SuggestionHandling>("taopu.officer");
        var id = await handling.SubmitAsync(actor, new SubmitSuggestionInput { CampaignId = campaign, Content = "小区道路积水", Topic = "道路积水", Channel = SuggestionChannel.Online });
        var (conversion, converter) = database.As<SuggestionConversion>("taopu.officer");

        // act
        await conversion.ConvertAsync(converter, new ConvertSuggestionToCaseInput { SuggestionId = id, Version = 1, Category = CaseCategory.UrbanConstruction });
        var again = await Assert.ThrowsAsync<InvalidTransitionException>(() =>
            conversion.ConvertAsync(converter, new ConvertSuggestionToCaseInput { SuggestionId = id, Version = 2, Category = CaseCategory.Other }));

        // assert
        await using var db = database.Read();
        var suggestion = await db.Suggestions.SingleAsync(s => s.Id == id);
        var @case = await db.Cases.Include(c => c.Petitioners).Include(c => c.Events).SingleAsync(c => c.Id == suggestion.CaseId);
        Assert.Equal(("道路积水", SuggestionConversion.AnonymousPetitioner, "/sh/putuo/taopu/"), (@case.Title, @case.Petitioners[0].Name, @case.OwnerPath));
        Assert.Equal(EventJson.Serialize(CaseEventData.RegisteredFrom("/sh/putuo/taopu/", 1, id)), Assert.Single(@case.Events).Data);
        Assert.Equal(ErrorCodes.InvalidTransition, Assert.Single(again.Errors).Code);
    }
}
