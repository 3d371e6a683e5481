using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Platform.Api.Attachments;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Pii;
using Platform.Api.GraphQL.Common.Projection;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Attachments;

/// <summary>An evidence file on a case, a mediation session, a suggestion or a meeting.</summary>
public sealed class AttachmentType : ObjectGraphType<Attachment>
{
    public const string TypeName = "Attachment";

    public AttachmentType()
    {
        Name = TypeName;
        Description = "An evidence file (an agreement, an appraisal report, a photo), visible with its subject. " +
            "A file marked as holding personal data has its name masked and no download link unless the viewer may read the subject's personal data.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Attachment;

        Field<NonNullGraphType<IdGraphType>>("id").ResolveSource(x => GlobalId.Encode(TypeName, x.Id)).Reads(nameof(Attachment.Id));
        this.PiiColumn("fileName", a => a.FileName, Mask.FileName, Readable, AttachmentReadability.Columns, nullable: false)
            .Description("The name it was uploaded under; only the extension (****.pdf) when it holds personal data the viewer may not read.");
        this.Column("mediaType", a => a.MediaType).Description("The type read from the content (application/pdf, image/png, …), never the uploader's claim.");
        this.Column("size", a => a.Size, typeof(NonNullGraphType<LongGraphType>)).Description("In bytes.");
        this.Column("sha256", a => a.Sha256).Description("SHA-256 of the content, lowercase hex.");
        this.Column("containsPersonalData", a => a.ContainsPersonalData);
        this.Column("uploadedAt", a => a.UploadedAt);
        this.Column("uploadedByName", a => a.UploadedByName);
        Field<StringGraphType>("downloadUrl")
            .Description("A link to the file, valid for a few minutes (Attachments:LinkLifetime) and usable without a token; " +
                "null when the file holds personal data the viewer may not read. Ask again for a fresh one.")
            .Reads([nameof(Attachment.Id), .. AttachmentReadability.Columns])
            .Resolve(c => Readable(c).Then(readable => readable
                ? c.RequestServices!.GetRequiredService<AttachmentLinks>().Issue(c.Source.Id)
                : null));
    }

    private static IDataLoaderResult<bool> Readable(IResolveFieldContext<Attachment> context) =>
        AttachmentReadability.Of(context, context.Source);
}
