namespace Platform.Workflow.Common;

/// <summary>
/// A rule a workflow refused to break. Thrown by the workflow, turned into typed payload errors in
/// one place by the host; never a top-level error, never logged as a fault.
/// </summary>
public abstract class DomainException(string message) : Exception(message)
{
    /// <summary>The errors to report to the caller.</summary>
    public abstract IReadOnlyList<DomainError> Errors { get; }
}
