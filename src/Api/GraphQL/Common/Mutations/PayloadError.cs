namespace Platform.Api.GraphQL.Common.Mutations;

/// <summary>One typed error of a mutation payload; every kind implements the GraphQL <c>Error</c> interface.</summary>
public abstract record PayloadError(string Message, string Code);

public sealed record FieldError(string Field, string Message) : PayloadError(Message, MutationCodes.Validation);

public sealed record NotFoundError(string Message) : PayloadError(Message, MutationCodes.NotFound);

public sealed record NotAuthorizedError(string Message) : PayloadError(Message, MutationCodes.NotAuthorized);

public sealed record InvalidTransitionError(string Message, string CurrentStatus) : PayloadError(Message, MutationCodes.InvalidTransition);

public sealed record ConcurrencyConflictError(string Message, int CurrentVersion) : PayloadError(Message, MutationCodes.ConcurrencyConflict);
