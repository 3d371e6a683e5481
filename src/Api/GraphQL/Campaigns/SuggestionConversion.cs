using Microsoft.EntityFrameworkCore;
using Platform.Api.GraphQL.Cases;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Api.GraphQL.Units;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Campaigns;

/// <summary>
/// convertSuggestionToCase: registers a case from a suggestion, once. The submitter becomes the
/// petitioner (anonymous suggestions get a placeholder name), headcount 1, channel ONLINE,
/// reception form ON_SITE; the title is the topic, or the start of the content.
/// </summary>
public static class SuggestionConversion
{
    public const string AnonymousPetitioner = "匿名建议人";

    public static async Task<int> ConvertAsync(ConvertSuggestionToCaseInput input, MutationContext m)
    {
        var check = new InputValidator();
        Unit? target = null;
        if (!string.IsNullOrEmpty(input.UnitId))
        {
            var key = GlobalId.DecodeKey(input.UnitId, UnitType.TypeName);
            target = key is null ? null : await m.Db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == key, m.CancellationToken);
            if (target is null)
            {
                check.Add("unitId", "No such unit.");
            }
            else if (!m.Principal.Scope.Contains(target.Path))
            {
                check.Add("unitId", "A case can be registered only in the caller's unit or one of its descendants.");
            }
        }

        check.ThrowIfInvalid();
        var suggestion = await SuggestionMutations.LoadForChangeAsync(m, input);
        if (suggestion.CaseId is not null)
        {
            throw new InvalidTransitionException("convert a suggestion that already has a case", CampaignAccess.EnumName(suggestion.Status));
        }

        target ??= await m.Db.Units.AsNoTracking().SingleAsync(u => u.Path == suggestion.OwnerPath, m.CancellationToken);
        var registration = new RegisterCaseInput
        {
            Petitioners = [new PetitionerInput { Name = suggestion.SubmitterName ?? AnonymousPetitioner, Phone = suggestion.SubmitterPhone }],
            Headcount = 1,
            Channel = Channel.Online,
            ReceptionForm = ReceptionForm.OnSite,
            Category = input.Category,
            Title = Title(suggestion),
            Description = suggestion.Content,
        };

        // The suggestion links to the case by id only, so the case is saved first, in the same transaction.
        await using var tx = await m.Db.Database.BeginTransactionAsync(m.CancellationToken);
        var suggestionId = GlobalId.Encode(SuggestionType.TypeName, suggestion.Id);
        var @case = await CaseRegistration.AddAsync(m, target, registration, eventData: new { unit = target.Path, headcount = 1, suggestion = suggestionId });
        await m.Db.SaveChangesAsync(m.CancellationToken);
        suggestion.CaseId = @case.Id;
        SuggestionMutations.Log(m, suggestion, "SUGGESTION_CONVERTED", data: new { @case = @case.Number, unit = target.Path });
        await VersionedChanges.SaveAsync(m, suggestion);
        await tx.CommitAsync(m.CancellationToken);
        return suggestion.Id;
    }

    private static string Title(Suggestion suggestion)
    {
        var text = string.IsNullOrWhiteSpace(suggestion.Topic) ? suggestion.Content.Trim() : suggestion.Topic.Trim();
        return text.Length <= CaseIntakeMutations.MaxTitle ? text : text[..CaseIntakeMutations.MaxTitle];
    }
}
