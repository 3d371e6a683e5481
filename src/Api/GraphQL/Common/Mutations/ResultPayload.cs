namespace Platform.Api.GraphQL.Common.Mutations;

/// <summary>A result mutation's payload: the result, or the errors that stopped it.</summary>
public sealed record ResultPayload<TResult>(TResult? Result, IReadOnlyList<PayloadError>? Errors)
    where TResult : class;
