namespace Platform.Api.Tests.Support;

/// <summary>What the <c>wait</c> field of <see cref="TestQueryType"/> saw: that it started, and that its token was cancelled.</summary>
public sealed class CancellationProbe
{
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
