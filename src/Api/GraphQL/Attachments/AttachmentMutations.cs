using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Data.Entities;
using Platform.Workflow.Attachments;

namespace Platform.Api.GraphQL.Attachments;

/// <summary>Evidence files (<see cref="AttachmentUploads"/>), sent with the GraphQL multipart request spec.</summary>
public static class AttachmentMutations
{
    public static void AddAttachmentMutations(this ObjectGraphType mutation)
    {
        mutation.Workflow<AttachmentUploads, Attachment, AttachmentType>("attachment")
            .Add("addAttachment", new AddAttachmentInputType(),
                "Adds a file to a case (by whoever may add notes to it), a mediation session, a suggestion or a meeting (by their units or an ancestor). " +
                "Send it as a multipart request with the header GraphQL-Preflight: 1; a file too large or of a kind not accepted is a VALIDATION error on 'file'.",
                w => w.AddAsync);
    }
}
