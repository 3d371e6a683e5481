using GraphQL;
using GraphQL.Execution;

namespace Platform.Api.GraphQL.Common.Errors;

/// <summary>
/// The client sees only "Unexpected error." (<see cref="PlatformErrorInfoProvider"/>), so the
/// exception itself is logged here, with the field it came from.
/// </summary>
internal static class UnhandledErrorLogging
{
    public static void Configure(ExecutionOptions options) => options.UnhandledExceptionDelegate = LogAsync;

    private static Task LogAsync(UnhandledExceptionContext context)
    {
        var logger = context.ExecutionOptions.RequestServices?
            .GetService<ILoggerFactory>()?
            .CreateLogger("Platform.Api.GraphQL");

        logger?.LogError(
            context.OriginalException,
            "GraphQL execution failed at {Path} in operation {OperationName}",
            context.FieldContext?.Path is { } path ? string.Join('.', path) : "(document)",
            context.ExecutionOptions.OperationName ?? "(anonymous)");

        return Task.CompletedTask;
    }
}
