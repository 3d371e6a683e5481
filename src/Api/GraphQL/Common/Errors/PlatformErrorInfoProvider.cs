using GraphQL;
using GraphQL.Execution;

namespace Platform.Api.GraphQL.Common.Errors;

/// <summary>
/// Shapes every GraphQL error as <c>{ message, extensions: { code } }</c>. Errors raised on purpose
/// keep their message and code; anything that escaped a resolver as an ordinary exception becomes
/// "Unexpected error." so that no exception text, stack trace or SQL reaches a client.
/// </summary>
public sealed class PlatformErrorInfoProvider : IErrorInfoProvider
{
    public const string UnexpectedErrorMessage = "Unexpected error.";

    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        ArgumentNullException.ThrowIfNull(executionError);

        if (IsUnexpected(executionError))
        {
            return new ErrorInfo
            {
                Message = UnexpectedErrorMessage,
                Extensions = new Dictionary<string, object?> { ["code"] = PlatformErrors.InternalError },
            };
        }

        return new ErrorInfo
        {
            Message = executionError.Message,
            Extensions = executionError.Code is { Length: > 0 } code
                ? new Dictionary<string, object?> { ["code"] = code }
                : null,
        };
    }

    // GraphQL.NET wraps exceptions thrown by resolvers, listeners and the executer in UnhandledError;
    // its message and code are derived from the exception and may describe internals.
    private static bool IsUnexpected(ExecutionError error) => error is UnhandledError;
}
