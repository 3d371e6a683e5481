using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Data.Entities;
using Platform.Data.Events;
using Platform.Workflow.Cases;
using Platform.Workflow.Common;

namespace Platform.Workflow.Campaigns;

/// <summary>
/// convertSuggestionToCase: registers a case from a suggestion, once. The submitter becomes the
/// petitioner (anonymous suggestions get a placeholder name), headcount 1, channel ONLINE,
/// reception form ON_SITE; the title is the topic, or the start of the content.
/// </summary>
public sealed class SuggestionConversion(ChangeRunner runner, IOptions<DeadlinePolicy> policy)
{
    public const string AnonymousPetitioner = "匿名建议人";

    public Task<int> ConvertAsync(Actor actor, ConvertSuggestionToCaseInput input, CancellationToken cancellationToken = default) =>
        runner.RunAsync(actor, change => change.InTransactionAsync(async () =>
        {
            Unit? target = null;
            if (input.UnitId is not null)
            {
                var check = new InputValidator();
                target = await Units.InScopeAsync(change, input.UnitId, check,
                    "A case can be registered only in the caller's unit or one of its descendants.");
                check.ThrowIfInvalid();
            }

            var suggestion = await SuggestionHandling.LoadForChangeAsync(change, input);
            if (suggestion.CaseId is not null)
            {
                throw new InvalidTransitionException("convert a suggestion that already has a case", EnumNames.Constant(suggestion.Status));
            }

            target ??= await change.Db.Units.AsNoTracking().SingleAsync(u => u.Path == suggestion.OwnerPath, change.CancellationToken);
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

            // The suggestion links to the case by key only, so the case is saved first.
            var @case = await CaseRegistration.AddAsync(change, target, registration, policy.Value,
                CaseEventData.RegisteredFrom(target.Path, registration.Headcount, suggestion.Id));
            await change.SaveThenRecordAsync(() =>
            {
                suggestion.CaseId = @case.Id;
                suggestion.Version++;
                SuggestionHandling.Log(change, suggestion, ActivityKinds.SuggestionConverted, data: new { @case = @case.Number, unit = target.Path });
            });
            return suggestion.Id;
        }), cancellationToken);

    private static string Title(Suggestion suggestion)
    {
        var text = string.IsNullOrWhiteSpace(suggestion.Topic) ? suggestion.Content.Trim() : suggestion.Topic.Trim();
        return text.Length <= CaseLimits.Title ? text : text[..CaseLimits.Title];
    }
}
