using GraphQL;
using GraphQL.Types;
using Platform.Api.GraphQL.Common.Loading;

namespace Platform.Api.GraphQL.Common.Mutations;

/// <summary>
/// HotChocolate-style mutation conventions: <c>name(input: NameInput!): NamePayload!</c> where the
/// payload holds the object and <c>errors: [NameError!]</c>, a union of typed errors that
/// implement <c>Error</c>. The object is read back through the tenant-filtered loaders.
/// </summary>
public static class MutationFields
{
    internal static readonly Type[] ErrorTypes =
    [
        typeof(ValidationErrorType),
        typeof(NotFoundErrorType),
        typeof(NotAuthorizedErrorType),
        typeof(InvalidTransitionErrorType),
        typeof(ConcurrencyConflictErrorType),
    ];

    public static FieldType Mutation<TInput, TEntity, TEntityGraphType>(
        this ObjectGraphType mutation,
        string name,
        IInputObjectGraphType input,
        string entityField,
        string description,
        Func<TInput, MutationContext, Task<int>> execute)
        where TEntity : class, new()
        where TEntityGraphType : IComplexGraphType
    {
        var typeName = char.ToUpperInvariant(name[0]) + name[1..];
        var errors = new UnionGraphType { Name = $"{typeName}Error", Description = $"The errors {name} can return." };
        foreach (var errorType in ErrorTypes)
        {
            errors.Type(errorType);
        }

        var payload = new ObjectGraphType<MutationPayload> { Name = $"{typeName}Payload" };
        payload.Field(entityField, typeof(TEntityGraphType))
            .Description("The object after the change; null when the mutation failed.")
            .Resolve(c => c.Source.EntityId is { } id
                ? EntityLoaders.ById<TEntity>(c, id, GraphTypes.Complex(c.FieldDefinition.ResolvedType))
                : null);
        payload.Field("errors", new ListGraphType(new NonNullGraphType(errors)))
            .Description("Why the mutation changed nothing; null on success.")
            .Resolve(c => c.Source.Errors);

        return mutation.Field(name, new NonNullGraphType(payload))
            .Description(description)
            .Argument(new NonNullGraphType(input), "input")
            .ResolveAsync(async c => await MutationRunner.RunAsync(c, m => execute(c.GetArgument<TInput>("input"), m)))
            .FieldType;
    }
}
