using GraphQL.Types;

namespace Platform.Api.GraphQL.Common.Mutations;

/// <summary>
/// A mutation's input object, read into <typeparamref name="TInput"/>. GraphQL.NET compiles the
/// conversion from the request's values to <typeparamref name="TInput"/> while it builds the
/// schema, for every input type, unless the type overrides <see cref="ParseDictionary"/>; then it
/// compiles it when the input is first read. Overriding it here moves that work (a third of the
/// schema's build) off the start (README, Fast start). The conversion is GraphQL.NET's, unchanged.
/// </summary>
public abstract class MutationInputType<TInput> : InputObjectGraphType<TInput>
{
    public sealed override object ParseDictionary(IDictionary<string, object?> value) => base.ParseDictionary(value);
}
