using Microsoft.EntityFrameworkCore;
using Platform.Data.Entities;
using Platform.Workflow.Campaigns;
using Platform.Workflow.Common;
using Platform.Workflow.Tests.Infrastructure;

namespace Platform.Workflow.Tests.Campaigns;

public sealed class SuggestionHandlingTests(WorkflowDatabase database) : IClassFixture<WorkflowDatabase>
{
    private async Task<int> OpenCampaignAsync(string title)
    {
        var (lifecycle, actor) = database.As<CampaignLifecycle>("taopu.officer");
        var id = await lifecycle.CreateAsync(actor, CampaignLifecycleTests.NewCampaign(title));
        await lifecycle.OpenAsync(actor, new CampaignChangeInput { CampaignId = id, Version = 1 });
        return id;
    }

    [Fact]
    public async Task Submit_Answer_RecordImplementation_Should_Follow_ASuggestion_ToItsProgress()
    {
        // arrange
        var campaign = await OpenCampaignAsync("非机动车停放");
        var (handling, proxy) = database.As<SuggestionHandling>("loupu.proxy");
        var id = await handling.SubmitAsync(proxy, new SubmitSuggestionInput { CampaignId = campaign, Content = " 增设停放点 ", Channel = SuggestionChannel.Online, SubmitterName = " " });
        var (answering, officer) = database.As<SuggestionHandling>("taopu.officer");

        // act
        await answering.AnswerAsync(officer, new AnswerSuggestionInput { SuggestionId = id, Version = 1, Status = SuggestionStatus.Adopted, Response = "采纳" });
        await answering.RecordImplementationAsync(officer, new RecordImplementationInput { SuggestionId = id, Version = 2, Progress = 40 });

        // assert
        await using var db = database.Read();
        var suggestion = await db.Suggestions.SingleAsync(s => s.Id == id);
        Assert.Equal(("增设停放点", null as string, SuggestionStatus.Adopted, 40), (suggestion.Content, suggestion.SubmitterName, suggestion.Status, suggestion.ImplementationProgress));
        Assert.Equal("/sh/putuo/taopu/", suggestion.OwnerPath);
    }

    [Fact]
    public async Task Submit_ToADraftCampaign_Should_BeAnInvalidTransition()
    {
        // arrange
        var (lifecycle, officer) = database.As<CampaignLifecycle>("taopu.officer");
        var draft = await lifecycle.CreateAsync(officer, CampaignLifecycleTests.NewCampaign("草稿"));
        var (handling, actor) = database.As<SuggestionHandling>("taopu.officer");

        // act
        var refused = await Assert.ThrowsAsync<InvalidTransitionException>(() =>
            handling.SubmitAsync(actor, new SubmitSuggestionInput { CampaignId = draft, Content = "建议", Channel = SuggestionChannel.Forum }));

        // assert
        Assert.Equal("Cannot submit a suggestion: the current status is DRAFT.", refused.Message);
    }

    [Fact]
    public async Task Implementation_OfANotAdoptedSuggestion_Should_BeAnInvalidTransition()
    {
        // arrange
        var campaign = await OpenCampaignAsync("空白墙面");
        var (handling, actor) = database.As<SuggestionHandling>("taopu.officer");
        var id = await handling.SubmitAsync(actor, new SubmitSuggestionInput { CampaignId = campaign, Content = "墙绘", Channel = SuggestionChannel.Visit });

        // act
        var refused = await Assert.ThrowsAsync<InvalidTransitionException>(() =>
            handling.RecordImplementationAsync(actor, new RecordImplementationInput { SuggestionId = id, Version = 1, Progress = 10 }));

        // assert
        Assert.Equal("SUBMITTED", Assert.IsType<InvalidTransitionError>(Assert.Single(refused.Errors)).CurrentStatus);
    }
}
