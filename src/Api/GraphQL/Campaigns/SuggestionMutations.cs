using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Platform.Api.GraphQL.Cases;
using Platform.Api.GraphQL.Common.Activity;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Campaigns;

/// <summary>Suggestions: submitted while a campaign is open, answered, implemented, turned into cases.</summary>
public static class SuggestionMutations
{
    public const int MaxContent = 10_000;
    public const int MaxTopic = 100;
    public const int MaxResponse = 10_000;
    public const int MaxNote = 4_000;

    private static readonly SuggestionStatus[] Adopted = [SuggestionStatus.Adopted, SuggestionStatus.PartlyAdopted];

    public static void AddSuggestionMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<SubmitSuggestionInput, Suggestion, SuggestionType>(
            "submitSuggestion", new SubmitSuggestionInputType(), "suggestion",
            "Submits a suggestion to an OPEN campaign, by staff or by a client holding suggestions.submit. The suggestion belongs to " +
            "the campaign's unit: a submitter outside that unit's subtree (e.g. a committee) gets a null suggestion and no errors.",
            SubmitAsync);

        mutation.Mutation<AnswerSuggestionInput, Suggestion, SuggestionType>(
            "answerSuggestion", new AnswerSuggestionInputType(), "suggestion",
            "Answers (or revises the answer to) a suggestion; the answer stays internal to the campaign's writers until publishAnswers.",
            AnswerAsync);

        mutation.Mutation<RecordImplementationInput, Suggestion, SuggestionType>(
            "recordImplementation", new RecordImplementationInputType(), "suggestion",
            "Records how far an ADOPTED or PARTLY_ADOPTED suggestion has been implemented.",
            RecordImplementationAsync);

        mutation.Mutation<ConvertSuggestionToCaseInput, Suggestion, SuggestionType>(
            "convertSuggestionToCase", new ConvertSuggestionToCaseInputType(), "suggestion",
            "Registers a new case from a suggestion (the submitter as petitioner) and links the suggestion to it.",
            SuggestionConversion.ConvertAsync);
    }

    private static async Task<int> SubmitAsync(SubmitSuggestionInput input, MutationContext m)
    {
        var check = new InputValidator();
        var content = check.Text("content", input.Content, MaxContent);
        var topic = check.OptionalText("topic", input.Topic, MaxTopic);
        var name = check.OptionalText("submitterName", input.SubmitterName, 100);
        var phone = check.OptionalText("submitterPhone", input.SubmitterPhone, 32);
        check.ThrowIfInvalid();
        CampaignAccess.RequireSubmitter(m.Principal);

        var key = GlobalId.DecodeKey(input.CampaignId, CampaignType.TypeName) ?? throw new NotFoundException("The campaign");
        var campaign = await m.Db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == key, m.CancellationToken)
            ?? throw new NotFoundException("The campaign");
        CampaignAccess.RequireStatus(campaign, "submit a suggestion", CampaignStatus.Open);

        var suggestion = new Suggestion
        {
            CampaignId = campaign.Id,
            OwnerPath = campaign.OwnerPath,
            Content = content,
            Topic = topic,
            Channel = input.Channel,
            SubmitterName = name,
            SubmitterPhone = phone,
            SubmittedAt = m.Now,
            Status = SuggestionStatus.Submitted,
        };

        // The history entry needs the suggestion's id, so the suggestion is saved first, in the same transaction.
        await using var tx = await m.Db.Database.BeginTransactionAsync(m.CancellationToken);
        m.Db.Suggestions.Add(suggestion);
        await m.Db.SaveChangesAsync(m.CancellationToken);
        Log(m, suggestion, "SUGGESTION_SUBMITTED", data: new { channel = CampaignAccess.EnumName(suggestion.Channel) });
        await m.Db.SaveChangesAsync(m.CancellationToken);
        await tx.CommitAsync(m.CancellationToken);
        return suggestion.Id;
    }

    private static async Task<int> AnswerAsync(AnswerSuggestionInput input, MutationContext m)
    {
        var check = new InputValidator();
        if (input.Status == SuggestionStatus.Submitted)
        {
            check.Add("status", "An answer is UNDER_REVIEW, ADOPTED, PARTLY_ADOPTED or NOT_ADOPTED.");
        }

        var response = input.Status == SuggestionStatus.UnderReview
            ? check.OptionalText("response", input.Response, MaxResponse)
            : check.Text("response", input.Response, MaxResponse);
        check.ThrowIfInvalid();

        var suggestion = await LoadForChangeAsync(m, input);
        var campaignStatus = await m.Db.Campaigns.Where(c => c.Id == suggestion.CampaignId).Select(c => c.Status).SingleAsync(m.CancellationToken);
        if (campaignStatus is not (CampaignStatus.Open or CampaignStatus.Closed))
        {
            throw new InvalidTransitionException("answer a suggestion of a campaign that is not OPEN or CLOSED", CampaignAccess.EnumName(campaignStatus));
        }

        // Recorded implementation belongs to an adoption; the answer may move between the adopted kinds only.
        if (suggestion.ImplementationProgress is not null && !Adopted.Contains(input.Status))
        {
            throw new InvalidTransitionException("withdraw the adoption of a suggestion with recorded implementation", CampaignAccess.EnumName(suggestion.Status));
        }

        suggestion.Status = input.Status;
        suggestion.Response = response;
        suggestion.AnsweredAt = input.Status == SuggestionStatus.UnderReview ? null : m.Now;
        Log(m, suggestion, "SUGGESTION_ANSWERED", response, new { status = CampaignAccess.EnumName(input.Status) });
        return await VersionedChanges.SaveAsync(m, suggestion);
    }

    private static async Task<int> RecordImplementationAsync(RecordImplementationInput input, MutationContext m)
    {
        var check = new InputValidator();
        var progress = check.Range("progress", input.Progress, 0, 100);
        var note = check.OptionalText("note", input.Note, MaxNote);
        check.ThrowIfInvalid();

        var suggestion = await LoadForChangeAsync(m, input);
        if (!Adopted.Contains(suggestion.Status))
        {
            throw new InvalidTransitionException("record the implementation of a suggestion that is not adopted", CampaignAccess.EnumName(suggestion.Status));
        }

        suggestion.ImplementationProgress = progress;
        suggestion.ImplementationNote = note;
        Log(m, suggestion, "SUGGESTION_IMPLEMENTATION_RECORDED", note, new { progress });
        return await VersionedChanges.SaveAsync(m, suggestion);
    }

    /// <summary>The suggestion, visible (rule 1) and at the caller's version, when the caller may run its campaign.</summary>
    internal static async Task<Suggestion> LoadForChangeAsync(MutationContext m, SuggestionChangeInput input)
    {
        var suggestion = await VersionedChanges.LoadAsync<Suggestion>(m, input.SuggestionId, SuggestionType.TypeName, input.Version, "The suggestion");
        CampaignAccess.RequireWriter(m.Principal, suggestion.OwnerPath);
        return suggestion;
    }

    internal static void Log(MutationContext m, Suggestion suggestion, string kind, string? note = null, object? data = null) =>
        ActivityLog.Append(m, new ActivityEvent { SuggestionId = suggestion.Id, CampaignId = suggestion.CampaignId, OwnerPath = suggestion.OwnerPath }, kind, note, data);
}
