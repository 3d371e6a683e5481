namespace Platform.Api.GraphQL.Common.Mutations;

/// <summary>What a mutation returns: the id of the object it acted on, or the errors that stopped it.</summary>
public sealed record MutationPayload(int? EntityId, IReadOnlyList<DomainError>? Errors, string? ClientMutationId = null)
{
    public static MutationPayload Success(int entityId, string? clientMutationId = null) => new(entityId, null, clientMutationId);

    public static MutationPayload Failure(IReadOnlyList<DomainError> errors, string? clientMutationId = null) => new(null, errors, clientMutationId);
}
