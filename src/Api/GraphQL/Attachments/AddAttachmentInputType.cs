using GraphQL.Types;
using Platform.Api.GraphQL.Campaigns;
using Platform.Api.GraphQL.Cases;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Api.GraphQL.Common.Scalars;
using Platform.Api.GraphQL.Mediation;
using Platform.Api.GraphQL.Meetings;
using Platform.Workflow.Attachments;

namespace Platform.Api.GraphQL.Attachments;

public sealed class AddAttachmentInputType : MutationInputType<AddAttachmentInput>
{
    public AddAttachmentInputType()
    {
        Name = "AddAttachmentInput";
        Description = "A file for exactly one of a case, a mediation session, a suggestion or a meeting.";
        this.OptionalId("caseId", CaseType.TypeName);
        this.OptionalId("sessionId", MediationSessionType.TypeName);
        this.OptionalId("suggestionId", SuggestionType.TypeName);
        this.OptionalId("meetingId", MeetingType.TypeName);
        Field<NonNullGraphType<UploadGraphType>>("file")
            .Description($"The file, at most Attachments:MaxFileSize bytes (10 MiB): {FileSniffer.AcceptedNames}, as read from its content.")
            .ParseValue(value => value is IFormFile file ? new AttachmentFile(file.FileName, file.Length, file.OpenReadStream) : value!);
        Field<NonNullGraphType<BooleanGraphType>>("containsPersonalData")
            .DefaultValue(false)
            .Description("The file shows personal data (an ID card, a signed agreement): only readers who may see the subject's personal data get its name and link.");
    }
}
