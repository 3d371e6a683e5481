using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Data.Entities;
using Platform.Workflow.Cases;
using Platform.Workflow.Common;
using Platform.Workflow.Mediation;
using Platform.Workflow.Meetings;

namespace Platform.Workflow.Attachments;

/// <summary>
/// Adding evidence files (agreements, appraisal reports, photos) to cases, mediation sessions,
/// suggestions and meetings: within the size limit, of an accepted kind as read from the content,
/// by whoever may write the subject.
/// </summary>
public sealed class AttachmentUploads(ChangeRunner runner, IOptions<AttachmentOptions> options)
{
    /// <summary>Adds the file; returns the attachment's key.</summary>
    public Task<int> AddAsync(Actor actor, AddAttachmentInput input, CancellationToken cancellationToken = default) =>
        runner.RunAsync(actor, async change =>
        {
            WriteAccess.Require(actor, WriteAccess.CaseWorkers, "adding attachments");
            var (fileName, content, mediaType) = await AttachmentRules.ValidateAsync(input, options.Value.MaxFileSize, cancellationToken);
            var ownerPath = await SubjectOwnerAsync(change, input);
            var attachment = new Attachment
            {
                OwnerPath = ownerPath,
                CaseId = input.CaseId,
                SessionId = input.SessionId,
                SuggestionId = input.SuggestionId,
                MeetingId = input.MeetingId,
                FileName = fileName,
                MediaType = mediaType,
                Size = content.Length,
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
                ContainsPersonalData = input.ContainsPersonalData,
                UploadedById = actor.Subject,
                UploadedByName = actor.DisplayName,
                UploadedByUnitId = actor.UnitId,
                UploadedAt = change.Now,
            };

            return await change.InTransactionAsync(async () =>
            {
                change.Db.Attachments.Add(attachment);
                await change.SaveThenRecordAsync(() => change.Db.AttachmentContents.Add(new AttachmentContent
                {
                    AttachmentId = attachment.Id,
                    MediaType = mediaType,
                    FileName = fileName,
                    Bytes = content,
                }));
                return attachment.Id;
            });
        }, cancellationToken);

    /// <summary>The subject's owner path, once the actor is found to be allowed to add to it; NOT_FOUND for a subject it cannot see.</summary>
    private static async Task<string> SubjectOwnerAsync(Change change, AddAttachmentInput input)
    {
        var db = change.Db;
        var ct = change.CancellationToken;
        if (input.CaseId is { } caseId)
        {
            var @case = await db.Cases.SingleOrDefaultAsync(c => c.Id == caseId, ct) ?? throw new NotFoundException("The case");
            return await CaseFollowUp.MayAddNotesAsync(change, @case)
                ? @case.OwnerPath
                : throw new NotAuthorizedException("Only the handling or owner unit, a unit assisting with the case, or one of their ancestors may add files to it.");
        }

        if (input.SessionId is { } sessionId)
        {
            var session = await db.MediationSessions.SingleOrDefaultAsync(m => m.Id == sessionId, ct) ?? throw new NotFoundException("The mediation session");
            MediationAccess.RequireSessionWriter(change.Actor, session);
            return session.OwnerPath;
        }

        if (input.SuggestionId is { } suggestionId)
        {
            var suggestion = await db.Suggestions.SingleOrDefaultAsync(s => s.Id == suggestionId, ct) ?? throw new NotFoundException("The suggestion");
            if (!change.Actor.Scope.Contains(suggestion.OwnerPath))
            {
                throw new NotAuthorizedException("Only the suggestion's unit or one of its ancestors may add files to it.");
            }

            return suggestion.OwnerPath;
        }

        var meeting = await db.Meetings.SingleOrDefaultAsync(m => m.Id == input.MeetingId, ct) ?? throw new NotFoundException("The meeting");
        MeetingAccess.RequireOrganiser(change.Actor, meeting);
        return meeting.OwnerPath;
    }
}
