using GraphQL.Types;
using Platform.Api.GraphQL.Common.Projection;
using Platform.Workflow.Common;

namespace Platform.Api.GraphQL.Common.Mutations;

/// <summary>Base of the payload error object types: <c>message</c>, <c>code</c>, implements <c>Error</c>.</summary>
public abstract class ErrorType<TError> : ObjectGraphType<TError>
    where TError : DomainError
{
    protected ErrorType(string name, string description)
    {
        Name = name;
        Description = description;
        Interface<ErrorInterface>();
        IsTypeOf = o => o is TError;
        this.Property(e => e.Message);
        this.Property(e => e.Code);
    }
}

public sealed class ValidationErrorType : ErrorType<FieldError>
{
    public ValidationErrorType()
        : base("ValidationError", "An input field is invalid (code VALIDATION); nothing was changed.")
    {
        this.Property(e => e.Field).Description("The input field, e.g. 'title' or 'petitioners[0].name'.");
    }
}

public sealed class NotFoundErrorType : ErrorType<NotFoundError>
{
    public NotFoundErrorType()
        : base("NotFoundError", "The object does not exist or is not visible to the caller (code NOT_FOUND).")
    {
    }
}

public sealed class NotAuthorizedErrorType : ErrorType<NotAuthorizedError>
{
    public NotAuthorizedErrorType()
        : base("NotAuthorizedError", "The caller may see the object but not do this to it (code AUTH_NOT_AUTHORIZED).")
    {
    }
}

public sealed class InvalidTransitionErrorType : ErrorType<InvalidTransitionError>
{
    public InvalidTransitionErrorType()
        : base("InvalidTransitionError", "The object's current state does not allow this action (code INVALID_TRANSITION).")
    {
        this.Property(e => e.CurrentStatus).Description("The state the object is in.");
    }
}

public sealed class ConcurrencyConflictErrorType : ErrorType<ConcurrencyConflictError>
{
    public ConcurrencyConflictErrorType()
        : base("ConcurrencyConflictError", "The object changed since the caller read it (code CONCURRENCY_CONFLICT); nothing was changed.")
    {
        this.Property(e => e.CurrentVersion).Description("The object's version now.");
    }
}
