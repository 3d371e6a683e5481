namespace Platform.Workflow.Common;

/// <summary>The <c>code</c> of each kind of domain error (the payload errors of mutations).</summary>
public static class ErrorCodes
{
    public const string Validation = "VALIDATION";
    public const string NotFound = "NOT_FOUND";
    public const string NotAuthorized = "AUTH_NOT_AUTHORIZED";
    public const string InvalidTransition = "INVALID_TRANSITION";
    public const string ConcurrencyConflict = "CONCURRENCY_CONFLICT";
}
