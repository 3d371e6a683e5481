namespace Platform.Data.Entities;

/// <summary>
/// One word of a case's text (title, description, notes) as the Chinese word segmenter cut it,
/// with how often it occurs in all of them: the search index, one row per case and word, kept in
/// the database so that every replica reads the same one. A row carries its case's owner path and
/// registration time, so that the tenant filter (rule 1, as for the case) and the ranking read the
/// index alone: a search seeks on each word's rows of the reader's scope.
/// </summary>
public sealed class CaseTerm : ITenantOwned
{
    public int CaseId { get; set; }
    public Case? Case { get; set; }
    public string Term { get; set; } = "";
    public int Count { get; set; }
    public string OwnerPath { get; set; } = "";
    public DateTime RegisteredAt { get; set; }
}
