namespace Platform.Data.Entities;

/// <summary>
/// The last case number handed out per district prefix and year (e.g. <c>PT-2026</c>). Not
/// tenant-owned: numbers are unique across the platform, whoever can see which cases.
/// </summary>
public sealed class CaseNumberCounter
{
    public string Key { get; set; } = "";
    public int Last { get; set; }
}
