using GraphQL;
using GraphQL.DataLoader;
using Platform.Api.GraphQL.Cases;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Pii;
using Platform.Api.Tenancy;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Attachments;

/// <summary>
/// DESIGN §4 rule 7 for files: one without personal data is readable by everyone who sees it; one
/// with personal data as the subject's personal data is (a case's: owner or handling unit or an
/// ancestor, with <c>pii.read</c>; any other subject's: its owner unit or an ancestor).
/// </summary>
public static class AttachmentReadability
{
    /// <summary>The members the decision reads.</summary>
    public static readonly string[] Columns = [nameof(Attachment.ContainsPersonalData), nameof(Attachment.CaseId), nameof(Attachment.OwnerPath)];

    public static IDataLoaderResult<bool> Of(IResolveFieldContext context, Attachment attachment)
    {
        if (!attachment.ContainsPersonalData)
        {
            return LoaderResults.Value(true);
        }

        return attachment.CaseId is { } caseId
            ? CaseDataLoaders.PersonalDataReadable(context, caseId)
            : LoaderResults.Value(PiiAccess.CanRead(context.RequestServices!.GetRequiredService<CurrentPrincipal>(), attachment.OwnerPath));
    }
}
