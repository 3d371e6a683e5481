namespace Platform.Workflow.Common;

/// <summary>One or more fields of the input are invalid; nothing was changed.</summary>
public sealed class InvalidInputException(IReadOnlyList<FieldError> errors)
    : DomainException(string.Join(" ", errors.Select(e => e.Message)))
{
    public InvalidInputException(string field, string message)
        : this([new FieldError(field, message)])
    {
    }

    public override IReadOnlyList<DomainError> Errors { get; } = errors;
}

/// <summary>The object does not exist or the caller cannot see it (DESIGN §4 rule 6: never "forbidden").</summary>
public sealed class NotFoundException(string what)
    : DomainException($"{what} was not found.")
{
    public override IReadOnlyList<DomainError> Errors => [new NotFoundError(Message)];
}

/// <summary>The caller can see the object but may not do this to it.</summary>
public sealed class NotAuthorizedException(string message) : DomainException(message)
{
    public override IReadOnlyList<DomainError> Errors => [new NotAuthorizedError(Message)];
}

/// <summary>The object's state does not allow this action.</summary>
public sealed class InvalidTransitionException(string action, string currentStatus)
    : DomainException($"Cannot {action}: the current status is {currentStatus}.")
{
    public override IReadOnlyList<DomainError> Errors => [new InvalidTransitionError(Message, currentStatus)];
}

/// <summary>The object changed since the caller read it.</summary>
public sealed class ConcurrencyConflictException(int currentVersion)
    : DomainException($"The object was changed by someone else (now version {currentVersion}); read it again and retry.")
{
    public override IReadOnlyList<DomainError> Errors => [new ConcurrencyConflictError(Message, currentVersion)];
}
