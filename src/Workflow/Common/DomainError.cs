namespace Platform.Workflow.Common;

/// <summary>One reason a change was refused; the API shows each kind as a typed payload error implementing <c>Error</c>.</summary>
public abstract record DomainError(string Message, string Code);

public sealed record FieldError(string Field, string Message) : DomainError(Message, ErrorCodes.Validation);

public sealed record NotFoundError(string Message) : DomainError(Message, ErrorCodes.NotFound);

public sealed record NotAuthorizedError(string Message) : DomainError(Message, ErrorCodes.NotAuthorized);

public sealed record InvalidTransitionError(string Message, string CurrentStatus) : DomainError(Message, ErrorCodes.InvalidTransition);

public sealed record ConcurrencyConflictError(string Message, int CurrentVersion) : DomainError(Message, ErrorCodes.ConcurrencyConflict);
