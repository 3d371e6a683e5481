using GraphQL.Types;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Projection;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Attachments;

public static class AttachmentFields
{
    /// <summary>
    /// <c>attachments: [Attachment!]!</c> on a subject, oldest first: the files whose
    /// <paramref name="foreignKey"/> is the subject's id, one command per level of the query.
    /// </summary>
    public static void AttachmentsField<TSource>(this ObjectGraphType<TSource> type, string foreignKey, Func<TSource, int> id) =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AttachmentType>>>>("attachments")
            .Description("Evidence files (agreements, appraisal reports, photos), oldest first.")
            .Reads("Id")
            .Resolve(c => EntityLoaders.ByParent<Attachment>(c, foreignKey, id(c.Source), q => q.OrderBy(a => a.UploadedAt)));
}
