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

    /// <summary>A mutation whose work runs on a <see cref="MutationContext"/>.</summary>
    public static FieldType Mutation<TInput, TEntity, TEntityGraphType>(
        this ObjectGraphType mutation,
        string name,
        IInputObjectGraphType input,
        string entityField,
        string description,
        Func<TInput, MutationContext, Task<int>> execute)
        where TEntity : class, new()
        where TEntityGraphType : IComplexGraphType =>
        Mutation<TEntity, TEntityGraphType>(mutation, name, input, entityField, description,
            c => MutationRunner.RunAsync(c, m => execute(c.GetArgument<TInput>("input"), m)));

    /// <summary>
    /// The registration table of a feature whose mutations call one workflow and return one kind
    /// of object: each row names the field, its input type and the workflow method it calls.
    /// </summary>
    /// <example><c>mutation.Workflow&lt;CaseIntake, Case, CaseType&gt;("case").Add("acceptCase", new AcceptCaseInputType(), "…", w =&gt; w.AcceptAsync);</c></example>
    public static WorkflowMutations<TWorkflow, TEntity, TEntityGraphType> Workflow<TWorkflow, TEntity, TEntityGraphType>(
        this ObjectGraphType mutation, string entityField)
        where TWorkflow : class
        where TEntity : class, new()
        where TEntityGraphType : IComplexGraphType => new(mutation, entityField);

    internal static FieldType Mutation<TEntity, TEntityGraphType>(
        ObjectGraphType mutation, string name, IInputObjectGraphType input, string entityField, string description,
        Func<IResolveFieldContext, Task<MutationPayload>> run)
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
                ? EntityLoaders.ById<TEntity>(c, id)
                : null);
        payload.Field("errors", new ListGraphType(new NonNullGraphType(errors)))
            .Description("Why the mutation changed nothing; null on success.")
            .Resolve(c => c.Source.Errors);

        return mutation.Field(name, new NonNullGraphType(payload))
            .Description(description)
            .Argument(new NonNullGraphType(input), "input")
            .ResolveAsync(async c => await run(c))
            .FieldType;
    }
}
