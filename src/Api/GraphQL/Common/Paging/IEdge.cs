namespace Platform.Api.GraphQL.Common.Paging;

/// <summary>An edge seen without its node type, as the generic edge graph type resolves it.</summary>
public interface IEdge
{
    string Cursor { get; }

    object? Node { get; }
}
