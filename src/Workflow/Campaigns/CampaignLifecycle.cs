using Platform.Data.Entities;
using Platform.Data.Events;
using Platform.Workflow.Common;

namespace Platform.Workflow.Campaigns;

/// <summary>A campaign's lifecycle: DRAFT → OPEN → CLOSED → CONCLUDED, and publishing its answers.</summary>
public sealed class CampaignLifecycle(ChangeRunner runner)
{
    /// <summary>Creates a DRAFT campaign in the actor's unit or a descendant.</summary>
    public Task<int> CreateAsync(Actor actor, CreateCampaignInput input, CancellationToken cancellationToken = default) =>
        runner.RunAsync(actor, change => change.InTransactionAsync(async () =>
        {
            var check = new InputValidator();
            check.Text("title", input.Title, CampaignLimits.Title);
            check.OptionalText("description", input.Description, CampaignLimits.Description);
            if (input.ClosesAt <= input.OpensAt)
            {
                check.Add("closesAt", "'closesAt' must be after 'opensAt'.");
            }

            var unit = await Units.InScopeAsync(change, input.UnitId, check,
                "A campaign can be created only in the caller's unit or one of its descendants.");
            check.ThrowIfInvalid();
            CampaignAccess.RequireWriter(actor, unit!.Path);

            var campaign = input.MapTo<Campaign>();
            campaign.UnitId = unit.Id;
            campaign.OwnerPath = unit.Path;
            campaign.Status = CampaignStatus.Draft;
            campaign.CreatedAt = change.Now;
            change.Db.Campaigns.Add(campaign);
            await change.SaveThenRecordAsync(() => Log(change, campaign, ActivityKinds.CampaignCreated,
                data: new { unit = unit.Path, opensAt = campaign.OpensAt, closesAt = campaign.ClosesAt }));
            return campaign.Id;
        }), cancellationToken);

    /// <summary>Opens a DRAFT campaign for suggestions.</summary>
    public Task<int> OpenAsync(Actor actor, CampaignChangeInput input, CancellationToken cancellationToken = default) =>
        MoveAsync(actor, input, "open the campaign", CampaignStatus.Draft, CampaignStatus.Open, ActivityKinds.CampaignOpened, cancellationToken);

    /// <summary>Closes an OPEN campaign; no more suggestions are taken.</summary>
    public Task<int> CloseAsync(Actor actor, CampaignChangeInput input, CancellationToken cancellationToken = default) =>
        MoveAsync(actor, input, "close the campaign", CampaignStatus.Open, CampaignStatus.Closed, ActivityKinds.CampaignClosed, cancellationToken);

    /// <summary>Concludes a CLOSED campaign with a summary of what came of it.</summary>
    public Task<int> ConcludeAsync(Actor actor, ConcludeCampaignInput input, CancellationToken cancellationToken = default) =>
        runner.RunAsync(actor, async change =>
        {
            var summary = InputValidator.Single("summary", input.Summary, CampaignLimits.Summary, required: true);
            var campaign = await LoadForChangeAsync(change, input);
            CampaignAccess.RequireStatus(campaign, "conclude the campaign", CampaignStatus.Closed);
            campaign.Status = CampaignStatus.Concluded;
            campaign.Summary = summary;
            Log(change, campaign, ActivityKinds.CampaignConcluded, summary);
            return await Versioned.SaveAsync(change, campaign);
        }, cancellationToken);

    /// <summary>Makes the answers to the campaign's suggestions visible beyond its writers; once, in any state but DRAFT.</summary>
    public Task<int> PublishAnswersAsync(Actor actor, CampaignChangeInput input, CancellationToken cancellationToken = default) =>
        runner.RunAsync(actor, async change =>
        {
            var campaign = await LoadForChangeAsync(change, input);
            if (campaign.AnswersPublished)
            {
                throw new InvalidTransitionException("publish answers that are already published", EnumNames.Constant(campaign.Status));
            }

            CampaignAccess.RequireStatus(campaign, "publish the answers", CampaignStatus.Open, CampaignStatus.Closed, CampaignStatus.Concluded);
            campaign.AnswersPublished = true;
            Log(change, campaign, ActivityKinds.AnswersPublished);
            return await Versioned.SaveAsync(change, campaign);
        }, cancellationToken);

    private Task<int> MoveAsync(
        Actor actor, CampaignChangeInput input, string action, CampaignStatus from, CampaignStatus to, string kind, CancellationToken cancellationToken) =>
        runner.RunAsync(actor, async change =>
        {
            var campaign = await LoadForChangeAsync(change, input);
            CampaignAccess.RequireStatus(campaign, action, from);
            campaign.Status = to;
            Log(change, campaign, kind);
            return await Versioned.SaveAsync(change, campaign);
        }, cancellationToken);

    /// <summary>The campaign, visible (rule 2) and at the client's version, when the actor may run it.</summary>
    private static async Task<Campaign> LoadForChangeAsync(Change change, CampaignChangeInput input)
    {
        var campaign = await Versioned.LoadAsync<Campaign>(change, input.CampaignId, input.Version, "The campaign");
        CampaignAccess.RequireWriter(change.Actor, campaign.OwnerPath);
        return campaign;
    }

    private static void Log(Change change, Campaign campaign, string kind, string? note = null, object? data = null) =>
        History.Append(change, new ActivityEvent { CampaignId = campaign.Id, OwnerPath = campaign.OwnerPath }, kind, note, data);
}
