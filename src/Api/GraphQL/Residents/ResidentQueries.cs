using GraphQL;
using GraphQL.Types;
using Platform.Api.GraphQL.Common.Errors;
using Platform.Workflow.Common;

namespace Platform.Api.GraphQL.Residents;

public static class ResidentQueries
{
    /// <summary>The root fields a token holding only petitions.submit may query.</summary>
    public static readonly IReadOnlyList<string> PortalFields = ["petitionStatus"];

    public static void AddResidentFields(this ObjectGraphType query)
    {
        query.Field<PetitionStatusType>("petitionStatus")
            .Description("A case's public status by its receipt code; null with NOT_FOUND for a wrong or unknown code alike. " +
                "Needs petitions.submit; wrong codes are limited per device and client (RATE_LIMITED).")
            .Argument<NonNullGraphType<StringGraphType>>("receipt")
            .ResolveAsync(async c =>
            {
                try
                {
                    return await ResidentCalls.WithReceiptAsync(c.RequestServices!,
                        (desk, actor) => desk.StatusAsync(actor, c.GetArgument<string>("receipt"), c.CancellationToken));
                }
                catch (DomainException refused) when (refused.Errors is [var error])
                {
                    c.Errors.Add(PlatformErrors.Coded(error.Code, error.Message));
                    return null;
                }
            });
    }
}
