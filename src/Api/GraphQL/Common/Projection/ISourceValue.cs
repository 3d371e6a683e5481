namespace Platform.Api.GraphQL.Common.Projection;

/// <summary>
/// A resolver whose value is a function of its source object alone, read at once: no argument,
/// service, loader or other part of the context, nothing asynchronous. A query reads such a leaf
/// while it builds its object's fields (<see cref="Caching.InlineObjectNode"/>) instead of
/// executing a node of its own for it.
/// </summary>
public interface ISourceValue
{
    object? ValueOf(object source);
}
