using Microsoft.EntityFrameworkCore;
using Platform.Data.Entities;
using Platform.Workflow.Campaigns;
using Platform.Workflow.Common;
using Platform.Workflow.Tests.Infrastructure;

namespace Platform.Workflow.Tests.Campaigns;

public sealed class CampaignLifecycleTests(WorkflowDatabase database) : IClassFixture<WorkflowDatabase>
{
    public static CreateCampaignInput NewCampaign(string title) => new()
    {
        Title = title,
        OpensAt = DateTime.SpecifyKind(WorkflowDatabase.Now.AddDays(1), DateTimeKind.Unspecified),
        ClosesAt = WorkflowDatabase.Now.AddDays(30),
    };

    [Fact]
    public async Task ACampaign_Should_Run_FromDraft_ToConcluded()
    {
        // arrange
        var (lifecycle, actor) = database.As<CampaignLifecycle>("taopu.officer");
        var id = await lifecycle.CreateAsync(actor, NewCampaign("口袋公园征集"));

        // act
        await lifecycle.OpenAsync(actor, new CampaignChangeInput { CampaignId = id, Version = 1 });
        await lifecycle.CloseAsync(actor, new CampaignChangeInput { CampaignId = id, Version = 2 });
        await lifecycle.PublishAnswersAsync(actor, new CampaignChangeInput { CampaignId = id, Version = 3 });
        await lifecycle.ConcludeAsync(actor, new ConcludeCampaignInput { CampaignId = id, Version = 4, Summary = "采纳建议5条" });

        // assert
        await using var db = database.Read();
        var campaign = await db.Campaigns.SingleAsync(c => c.Id == id);
        Assert.Equal((CampaignStatus.Concluded, true, 5), (campaign.Status, campaign.AnswersPublished, campaign.Version));
        Assert.Equal(DateTimeKind.Utc, campaign.OpensAt.Kind);
        Assert.Equal(5, await db.ActivityEvents.CountAsync(e => e.CampaignId == id));
    }

    [Fact]
    public async Task AProxy_Should_NotCreate_ACampaign()
    {
        // arrange
        var (lifecycle, actor) = database.As<CampaignLifecycle>("loupu.proxy");

        // act
        var refused = await Assert.ThrowsAsync<NotAuthorizedException>(() => lifecycle.CreateAsync(actor, NewCampaign("村委征集")));

        // assert
        Assert.Equal(ErrorCodes.NotAuthorized, Assert.Single(refused.Errors).Code);
    }

    [Fact]
    public async Task PublishingTwice_Should_BeAnInvalidTransition()
    {
        // arrange
        var (lifecycle, actor) = database.As<CampaignLifecycle>("taopu.officer");
        var id = await lifecycle.CreateAsync(actor, NewCampaign("桥下空间"));
        await lifecycle.OpenAsync(actor, new CampaignChangeInput { CampaignId = id, Version = 1 });
        await lifecycle.PublishAnswersAsync(actor, new CampaignChangeInput { CampaignId = id, Version = 2 });

        // act
        var refused = await Assert.ThrowsAsync<InvalidTransitionException>(() => lifecycle.PublishAnswersAsync(actor, new CampaignChangeInput { CampaignId = id, Version = 3 }));

        // assert
        Assert.Equal("OPEN", Assert.IsType<InvalidTransitionError>(Assert.Single(refused.Errors)).CurrentStatus);
    }
}
