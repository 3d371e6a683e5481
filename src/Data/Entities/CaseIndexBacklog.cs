namespace Platform.Data.Entities;

/// <summary>
/// A case whose search index rows are still to be (re)built from its texts: the migration that
/// changed the index's shape queues every existing case, and <c>SearchIndexRebuilder</c>
/// works the queue off in the background. A system table without a tenant filter, read by nothing else.
/// </summary>
public sealed class CaseIndexBacklog
{
    public int CaseId { get; set; }
}
