namespace Platform.Data.Entities;

/// <summary>
/// One word of a case's text (title, description, notes) as the Chinese word segmenter cut it,
/// with how often it occurs there: the search index, kept in the database so that every replica
/// reads the same one. It is read only joined under the tenant-filtered cases.
/// </summary>
public sealed class CaseTerm
{
    public long Id { get; set; }
    public int CaseId { get; set; }
    public Case? Case { get; set; }
    public string Term { get; set; } = "";
    public int Count { get; set; }
}
