namespace Platform.Api.GraphQL.Common.Mutations;

/// <summary>The <c>code</c> of each payload error kind.</summary>
public static class MutationCodes
{
    public const string Validation = "VALIDATION";
    public const string NotFound = "NOT_FOUND";
    public const string NotAuthorized = "AUTH_NOT_AUTHORIZED";
    public const string InvalidTransition = "INVALID_TRANSITION";
    public const string ConcurrencyConflict = "CONCURRENCY_CONFLICT";
}
