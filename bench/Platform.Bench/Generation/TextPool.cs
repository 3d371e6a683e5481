using Microsoft.Data.Sqlite;
using Platform.Data.Entities;

namespace Platform.Bench.Generation;

/// <summary>
/// The texts generated cases are made of, read from the demo cases of the seeded database, so
/// that titles, descriptions, answers and notes have the lengths and words of the demo data.
/// </summary>
internal sealed class TextPool
{
    private readonly Dictionary<CaseEventKind, string[]> notes;
    private readonly Dictionary<ShareKind, string[]> reasons;

    private TextPool(CaseTemplate[] cases, Dictionary<CaseEventKind, string[]> notes, Dictionary<ShareKind, string[]> reasons)
    {
        Cases = cases;
        this.notes = notes;
        this.reasons = reasons;
    }

    public IReadOnlyList<CaseTemplate> Cases { get; }

    public string Note(CaseEventKind kind, Random random) =>
        notes.TryGetValue(kind, out var pool) ? pool[random.Next(pool.Length)] : Fallback(kind);

    public string Reason(ShareKind kind, Random random) =>
        reasons.TryGetValue(kind, out var pool) ? pool[random.Next(pool.Length)] : "请协同办理。";

    public static TextPool Read(SqliteConnection connection)
    {
        var cases = new List<CaseTemplate>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT "Title", "Description", "Category", "Channel", "ReceptionForm", "Headcount", "Answer", "Status"
                FROM "Cases" ORDER BY "Id"
                """;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                cases.Add(new CaseTemplate(
                    reader.GetString(0),
                    reader.GetString(1),
                    reader.GetString(2),
                    reader.GetString(3),
                    reader.GetString(4),
                    reader.GetInt32(5),
                    reader.IsDBNull(6) || reader.GetString(7) is "NotAccepted" or "Withdrawn" ? null : reader.GetString(6)));
            }
        }

        return new TextPool([.. cases], Group<CaseEventKind>(connection, """SELECT "Kind", "Note" FROM "CaseEvents" WHERE "Note" IS NOT NULL"""),
            Group<ShareKind>(connection, """SELECT "Kind", "Reason" FROM "CaseShares" WHERE "Reason" IS NOT NULL"""));
    }

    private static Dictionary<T, string[]> Group<T>(SqliteConnection connection, string sql)
        where T : struct, Enum
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<(T Kind, string Text)>();
        while (reader.Read())
        {
            rows.Add((Enum.Parse<T>(reader.GetString(0)), reader.GetString(1)));
        }

        return rows.GroupBy(r => r.Kind).ToDictionary(g => g.Key, g => g.Select(r => r.Text).Distinct().ToArray());
    }

    private static string Fallback(CaseEventKind kind) => kind switch
    {
        CaseEventKind.Accepted => "属本单位职责范围，予以受理。",
        CaseEventKind.Declined => "该事项已经终结，依据《信访工作条例》不再受理。",
        CaseEventKind.Withdrawn => "信访人主动撤回。",
        CaseEventKind.Reminded => "请加快办理进度，按期答复信访人。",
        CaseEventKind.Closed => "四个是否核查完毕，予以办结。",
        CaseEventKind.Reopened => "信访人对处理结果不满意，启动复查。",
        CaseEventKind.ReferralAccepted => "同意接收，按属地原则办理。",
        CaseEventKind.ReferralReturned => "不属本辖区，退回原单位。",
        CaseEventKind.Verified => "回访信访人，对处理结果表示满意。",
        _ => "已按程序办理。",
    };
}

/// <summary>One demo case's texts and classification, as generated cases copy them.</summary>
internal sealed record CaseTemplate(
    string Title, string Description, string Category, string Channel, string ReceptionForm, int Headcount, string? Answer);
