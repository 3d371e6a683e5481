using Microsoft.EntityFrameworkCore;
using Platform.Data.Entities;
using Platform.Data.Events;
using Platform.Workflow.Common;

namespace Platform.Workflow.Campaigns;

/// <summary>Suggestions: submitted while a campaign is open, answered, implemented (turned into cases: <see cref="SuggestionConversion"/>).</summary>
public sealed class SuggestionHandling(ChangeRunner runner)
{
    private static readonly SuggestionStatus[] Adopted = [SuggestionStatus.Adopted, SuggestionStatus.PartlyAdopted];

    /// <summary>
    /// Submits a suggestion to an OPEN campaign, by staff or by a client holding suggestions.submit.
    /// The suggestion belongs to the campaign's unit, so a submitter below it may not see it afterwards.
    /// </summary>
    public Task<int> SubmitAsync(Actor actor, SubmitSuggestionInput input, CancellationToken cancellationToken = default) =>
        runner.RunAsync(actor, async change =>
        {
            var check = new InputValidator();
            check.Text("content", input.Content, CampaignLimits.Content);
            check.OptionalText("topic", input.Topic, CampaignLimits.Topic);
            check.OptionalText("submitterName", input.SubmitterName, CampaignLimits.SubmitterName);
            check.OptionalText("submitterPhone", input.SubmitterPhone, CampaignLimits.SubmitterPhone);
            check.ThrowIfInvalid();
            CampaignAccess.RequireSubmitter(actor);

            return await change.InTransactionAsync(async () =>
            {
                var campaign = await change.Db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == input.CampaignId, change.CancellationToken)
                    ?? throw new NotFoundException("The campaign");
                CampaignAccess.RequireStatus(campaign, "submit a suggestion", CampaignStatus.Open);
                var suggestion = input.MapTo<Suggestion>();
                suggestion.OwnerPath = campaign.OwnerPath;
                suggestion.SubmittedAt = change.Now;
                suggestion.Status = SuggestionStatus.Submitted;
                change.Db.Suggestions.Add(suggestion);
                await change.SaveThenRecordAsync(() => Log(change, suggestion, ActivityKinds.SuggestionSubmitted,
                    data: new { channel = EnumNames.Constant(suggestion.Channel) }));
                return suggestion.Id;
            });
        }, cancellationToken);

    /// <summary>Answers (or revises the answer to) a suggestion; the answer stays internal to the campaign's writers until published.</summary>
    public Task<int> AnswerAsync(Actor actor, AnswerSuggestionInput input, CancellationToken cancellationToken = default) =>
        runner.RunAsync(actor, async change =>
        {
            var check = new InputValidator();
            if (input.Status == SuggestionStatus.Submitted)
            {
                check.Add("status", "An answer is UNDER_REVIEW, ADOPTED, PARTLY_ADOPTED or NOT_ADOPTED.");
            }

            var response = input.Status == SuggestionStatus.UnderReview
                ? check.OptionalText("response", input.Response, CampaignLimits.Response)
                : check.Text("response", input.Response, CampaignLimits.Response);
            check.ThrowIfInvalid();

            var suggestion = await LoadForChangeAsync(change, input);
            var campaignStatus = await change.Db.Campaigns.Where(c => c.Id == suggestion.CampaignId).Select(c => c.Status).SingleAsync(change.CancellationToken);
            if (campaignStatus is not (CampaignStatus.Open or CampaignStatus.Closed))
            {
                throw new InvalidTransitionException("answer a suggestion of a campaign that is not OPEN or CLOSED", EnumNames.Constant(campaignStatus));
            }

            // Recorded implementation belongs to an adoption; the answer may move between the adopted kinds only.
            if (suggestion.ImplementationProgress is not null && !Adopted.Contains(input.Status))
            {
                throw new InvalidTransitionException("withdraw the adoption of a suggestion with recorded implementation", EnumNames.Constant(suggestion.Status));
            }

            suggestion.Status = input.Status;
            suggestion.Response = response;
            suggestion.AnsweredAt = input.Status == SuggestionStatus.UnderReview ? null : change.Now;
            Log(change, suggestion, ActivityKinds.SuggestionAnswered, response, new { status = EnumNames.Constant(input.Status) });
            return await Versioned.SaveAsync(change, suggestion);
        }, cancellationToken);

    /// <summary>Records how far an ADOPTED or PARTLY_ADOPTED suggestion has been implemented.</summary>
    public Task<int> RecordImplementationAsync(Actor actor, RecordImplementationInput input, CancellationToken cancellationToken = default) =>
        runner.RunAsync(actor, async change =>
        {
            var check = new InputValidator();
            var progress = check.Range("progress", input.Progress, 0, 100);
            var note = check.OptionalText("note", input.Note, CampaignLimits.Note);
            check.ThrowIfInvalid();

            var suggestion = await LoadForChangeAsync(change, input);
            if (!Adopted.Contains(suggestion.Status))
            {
                throw new InvalidTransitionException("record the implementation of a suggestion that is not adopted", EnumNames.Constant(suggestion.Status));
            }

            suggestion.ImplementationProgress = progress;
            suggestion.ImplementationNote = note;
            Log(change, suggestion, ActivityKinds.SuggestionImplementationRecorded, note, new { progress });
            return await Versioned.SaveAsync(change, suggestion);
        }, cancellationToken);

    /// <summary>The suggestion, visible (rule 1) and at the client's version, when the actor may run its campaign.</summary>
    internal static async Task<Suggestion> LoadForChangeAsync(Change change, SuggestionChangeInput input)
    {
        var suggestion = await Versioned.LoadAsync<Suggestion>(change, input.SuggestionId, input.Version, "The suggestion");
        CampaignAccess.RequireWriter(change.Actor, suggestion.OwnerPath);
        return suggestion;
    }

    internal static void Log(Change change, Suggestion suggestion, string kind, string? note = null, object? data = null) =>
        History.Append(change, new ActivityEvent { SuggestionId = suggestion.Id, CampaignId = suggestion.CampaignId, OwnerPath = suggestion.OwnerPath },
            kind, note, data);
}
