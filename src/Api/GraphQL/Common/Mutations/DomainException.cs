namespace Platform.Api.GraphQL.Common.Mutations;

/// <summary>
/// A rule a mutation refused to break. Thrown by domain code, turned into typed payload errors in
/// one place (<see cref="MutationRunner"/>); never a top-level error, never logged as a fault.
/// </summary>
public abstract class DomainException(string message) : Exception(message)
{
    /// <summary>The errors to put into the payload.</summary>
    public abstract IReadOnlyList<PayloadError> Errors { get; }
}
