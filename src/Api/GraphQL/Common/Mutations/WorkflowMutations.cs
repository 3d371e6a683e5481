using GraphQL;
using GraphQL.Types;
using Platform.Workflow.Common;

namespace Platform.Api.GraphQL.Common.Mutations;

/// <summary>
/// A feature's mutations that call methods of one workflow (<typeparamref name="TWorkflow"/>, resolved
/// per request) and return its objects in the payload field of one name; see <see cref="MutationFields.Workflow{TWorkflow, TEntity, TEntityGraphType}"/>.
/// </summary>
public sealed class WorkflowMutations<TWorkflow, TEntity, TEntityGraphType>(ObjectGraphType mutation, string entityField)
    where TWorkflow : class
    where TEntity : class, new()
    where TEntityGraphType : IComplexGraphType
{
    /// <summary>Adds <paramref name="name"/>, whose bound input goes to the method <paramref name="method"/> picks.</summary>
    public WorkflowMutations<TWorkflow, TEntity, TEntityGraphType> Add<TInput>(
        string name, InputObjectGraphType<TInput> input, string description,
        Func<TWorkflow, Func<Actor, TInput, CancellationToken, Task<int>>> method)
    {
        MutationFields.Mutation<TEntity, TEntityGraphType>(mutation, name, input, entityField, description,
            c => MutationRunner.RunAsync(c, (services, actor, cancellationToken) =>
                method(services.GetRequiredService<TWorkflow>())(actor, c.GetArgument<TInput>("input"), cancellationToken)));
        return this;
    }
}
