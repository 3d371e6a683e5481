using GraphQL;
using GraphQL.Types;

namespace Platform.Api.GraphQL.Common.Mutations;

/// <summary>
/// The same conventions as <see cref="MutationFields"/> for a mutation whose result is not a
/// tenant-filtered entity loaded back by id (e.g. an account, a client, or a secret shown once):
/// the payload's fields read the result object the work returned.
/// </summary>
public static class ResultMutationFields
{
    /// <param name="fields">Adds the payload's result fields; each resolves from the result (null on failure).</param>
    public static FieldType ResultMutation<TInput, TResult>(
        this ObjectGraphType mutation,
        string name,
        IInputObjectGraphType input,
        string description,
        Action<ObjectGraphType<ResultPayload<TResult>>> fields,
        Func<TInput, MutationContext, Task<TResult>> execute)
        where TResult : class
    {
        var typeName = char.ToUpperInvariant(name[0]) + name[1..];
        var errors = new UnionGraphType { Name = $"{typeName}Error", Description = $"The errors {name} can return." };
        foreach (var errorType in MutationFields.ErrorTypes)
        {
            errors.Type(errorType);
        }

        var payload = new ObjectGraphType<ResultPayload<TResult>> { Name = $"{typeName}Payload" };
        fields(payload);
        payload.Field("errors", new ListGraphType(new NonNullGraphType(errors)))
            .Description("Why the mutation changed nothing; null on success.")
            .Resolve(c => c.Source.Errors);

        return mutation.Field(name, new NonNullGraphType(payload))
            .Description(description)
            .Argument(new NonNullGraphType(input), "input")
            .ResolveAsync(async c =>
            {
                TResult? result = null;
                var outcome = await MutationRunner.RunAsync(c, async m =>
                {
                    result = await execute(c.GetArgument<TInput>("input"), m);
                    return 0;
                });
                return outcome.Errors is null ? new ResultPayload<TResult>(result, null) : new ResultPayload<TResult>(null, outcome.Errors);
            })
            .FieldType;
    }
}

