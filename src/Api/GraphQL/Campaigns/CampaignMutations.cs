using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Platform.Api.GraphQL.Common.Activity;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Api.GraphQL.Units;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Campaigns;

/// <summary>A campaign's lifecycle: DRAFT → OPEN → CLOSED → CONCLUDED, and publishing its answers.</summary>
public static class CampaignMutations
{
    public const int MaxTitle = 200;
    public const int MaxDescription = 4_000;
    public const int MaxSummary = 10_000;

    public static void AddCampaignMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<CreateCampaignInput, Campaign, CampaignType>(
            "createCampaign", new CreateCampaignInputType(), "campaign",
            "Creates a DRAFT campaign in the caller's unit or a descendant.",
            CreateAsync);

        mutation.Mutation<CampaignChangeInput, Campaign, CampaignType>(
            "openCampaign", new CampaignChangeInputType("OpenCampaignInput"), "campaign",
            "Opens a DRAFT campaign for suggestions.",
            (input, m) => ChangeAsync(input, m, "open the campaign", CampaignStatus.Draft, CampaignStatus.Open, "CAMPAIGN_OPENED"));

        mutation.Mutation<CampaignChangeInput, Campaign, CampaignType>(
            "closeCampaign", new CampaignChangeInputType("CloseCampaignInput"), "campaign",
            "Closes an OPEN campaign; no more suggestions are taken.",
            (input, m) => ChangeAsync(input, m, "close the campaign", CampaignStatus.Open, CampaignStatus.Closed, "CAMPAIGN_CLOSED"));

        mutation.Mutation<ConcludeCampaignInput, Campaign, CampaignType>(
            "concludeCampaign", new ConcludeCampaignInputType(), "campaign",
            "Concludes a CLOSED campaign with a summary of what came of it.",
            ConcludeAsync);

        mutation.Mutation<CampaignChangeInput, Campaign, CampaignType>(
            "publishAnswers", new CampaignChangeInputType("PublishAnswersInput"), "campaign",
            "Makes the answers to the campaign's suggestions visible beyond the campaign's writers; possible once, in any state but DRAFT.",
            PublishAnswersAsync);

        mutation.AddSuggestionMutations();
    }

    private static async Task<int> CreateAsync(CreateCampaignInput input, MutationContext m)
    {
        var check = new InputValidator();
        var title = check.Text("title", input.Title, MaxTitle);
        var description = check.OptionalText("description", input.Description, MaxDescription);
        if (input.ClosesAt <= input.OpensAt)
        {
            check.Add("closesAt", "'closesAt' must be after 'opensAt'.");
        }

        int? unitKey = string.IsNullOrEmpty(input.UnitId) ? m.Principal.UnitId : GlobalId.DecodeKey(input.UnitId, UnitType.TypeName);
        var unit = unitKey is null ? null : await m.Db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitKey, m.CancellationToken);
        if (unit is null)
        {
            check.Add("unitId", "No such unit.");
        }
        else if (!m.Principal.Scope.Contains(unit.Path))
        {
            check.Add("unitId", "A campaign can be created only in the caller's unit or one of its descendants.");
        }

        check.ThrowIfInvalid();
        CampaignAccess.RequireWriter(m.Principal, unit!.Path);

        var campaign = new Campaign
        {
            UnitId = unit.Id,
            OwnerPath = unit.Path,
            Title = title,
            Description = description,
            Status = CampaignStatus.Draft,
            OpensAt = Utc(input.OpensAt),
            ClosesAt = Utc(input.ClosesAt),
            CreatedAt = m.Now,
        };

        // The history entry needs the campaign's id, so the campaign is saved first, in the same transaction.
        await using var tx = await m.Db.Database.BeginTransactionAsync(m.CancellationToken);
        m.Db.Campaigns.Add(campaign);
        await m.Db.SaveChangesAsync(m.CancellationToken);
        Log(m, campaign, "CAMPAIGN_CREATED", data: new { unit = unit.Path, opensAt = campaign.OpensAt, closesAt = campaign.ClosesAt });
        await m.Db.SaveChangesAsync(m.CancellationToken);
        await tx.CommitAsync(m.CancellationToken);
        return campaign.Id;
    }

    private static async Task<int> ChangeAsync(
        CampaignChangeInput input, MutationContext m, string action, CampaignStatus from, CampaignStatus to, string kind)
    {
        var campaign = await LoadForChangeAsync(m, input);
        CampaignAccess.RequireStatus(campaign, action, from);
        campaign.Status = to;
        Log(m, campaign, kind);
        return await VersionedChanges.SaveAsync(m, campaign);
    }

    private static async Task<int> ConcludeAsync(ConcludeCampaignInput input, MutationContext m)
    {
        var check = new InputValidator();
        var summary = check.Text("summary", input.Summary, MaxSummary);
        check.ThrowIfInvalid();
        var campaign = await LoadForChangeAsync(m, input);
        CampaignAccess.RequireStatus(campaign, "conclude the campaign", CampaignStatus.Closed);
        campaign.Status = CampaignStatus.Concluded;
        campaign.Summary = summary;
        Log(m, campaign, "CAMPAIGN_CONCLUDED", summary);
        return await VersionedChanges.SaveAsync(m, campaign);
    }

    private static async Task<int> PublishAnswersAsync(CampaignChangeInput input, MutationContext m)
    {
        var campaign = await LoadForChangeAsync(m, input);
        if (campaign.AnswersPublished)
        {
            throw new InvalidTransitionException("publish answers that are already published", CampaignAccess.EnumName(campaign.Status));
        }

        CampaignAccess.RequireStatus(campaign, "publish the answers", CampaignStatus.Open, CampaignStatus.Closed, CampaignStatus.Concluded);
        campaign.AnswersPublished = true;
        Log(m, campaign, "ANSWERS_PUBLISHED");
        return await VersionedChanges.SaveAsync(m, campaign);
    }

    /// <summary>The campaign, visible (rule 2) and at the caller's version, when the caller may run it.</summary>
    private static async Task<Campaign> LoadForChangeAsync(MutationContext m, CampaignChangeInput input)
    {
        var campaign = await VersionedChanges.LoadAsync<Campaign>(m, input.CampaignId, CampaignType.TypeName, input.Version, "The campaign");
        CampaignAccess.RequireWriter(m.Principal, campaign.OwnerPath);
        return campaign;
    }

    private static DateTime Utc(DateTime value) =>
        value.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(value, DateTimeKind.Utc) : value.ToUniversalTime();

    private static void Log(MutationContext m, Campaign campaign, string kind, string? note = null, object? data = null) =>
        ActivityLog.Append(m, new ActivityEvent { CampaignId = campaign.Id, OwnerPath = campaign.OwnerPath }, kind, note, data);
}
