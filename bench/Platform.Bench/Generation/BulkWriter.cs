using Microsoft.Data.Sqlite;

namespace Platform.Bench.Generation;

/// <summary>
/// Writes batches of case rows with one prepared INSERT per table, inside the caller's
/// transaction: the statements are compiled once and only their parameters change per row.
/// </summary>
internal sealed class BulkWriter : IDisposable
{
    private readonly Insert cases;
    private readonly Insert events;
    private readonly Insert petitioners;
    private readonly Insert shares;
    private readonly Insert verifications;
    private readonly Insert supervisions;

    public BulkWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        cases = new Insert(connection, transaction, "Cases",
            "Id", "Number", "Title", "Description", "Category", "Channel", "ReceptionForm", "Status", "Headcount",
            "OwnerUnitId", "OwnerPath", "HandlingUnitId", "HandlingPath", "FirstReceiverId", "FirstReceiverName",
            "LeaderOwnerId", "LeaderOwnerName", "RegisteredAt", "AcceptDueAt", "AcceptedAt", "ResolveDueAt", "ResolvedAt",
            "ClosedAt", "DeadlineExtended", "ReviewCount", "Answer", "ClientMutationId", "Version");
        events = new Insert(connection, transaction, "CaseEvents",
            "Id", "CaseId", "OwnerPath", "Kind", "OccurredAt", "ActorId", "ActorName", "ActorUnitId", "Note", "Data");
        petitioners = new Insert(connection, transaction, "Petitioners",
            "Id", "CaseId", "OwnerPath", "Ordinal", "Name", "Phone", "IdNumber", "Address");
        shares = new Insert(connection, transaction, "CaseShares",
            "Id", "CaseId", "OwnerPath", "Kind", "Status", "FromUnitId", "TargetUnitId", "TargetPath", "Reason", "CreatedAt",
            "CreatedById", "CreatedByName", "RespondedAt", "ResponseReason");
        verifications = new Insert(connection, transaction, "CaseVerifications",
            "Id", "CaseId", "OwnerPath", "HandledPerNorm", "MeasuresImplemented", "ProblemSolved", "CitizenSatisfied",
            "Satisfaction", "Method", "Note", "VerifiedAt", "VerifiedById", "VerifiedByUnitId");
        supervisions = new Insert(connection, transaction, "CaseSupervisions",
            "Id", "CaseId", "OwnerPath", "IssuedByUnitId", "IssuedById", "Level", "Instruction", "IssuedAt", "ReplyDueAt",
            "Reply", "RepliedAt");
    }

    public long Rows { get; private set; }

    public void Write(CaseBatch batch)
    {
        foreach (var c in batch.Cases)
        {
            cases.Run(c.Id, c.Number, c.Title, c.Description, c.Category, c.Channel, c.ReceptionForm, c.Status, c.Headcount,
                c.Owner.Id, c.Owner.Path, c.Handling.Id, c.Handling.Path, c.FirstReceiver.Id, c.FirstReceiver.Name,
                c.LeaderOwner?.Id, c.LeaderOwner?.Name, c.RegisteredAt, c.AcceptDueAt, c.AcceptedAt, c.ResolveDueAt, c.ResolvedAt,
                c.ClosedAt, false, c.ReviewCount, c.Answer, null, c.Version);
        }

        foreach (var e in batch.Events)
        {
            events.Run(e.Id, e.CaseId, e.OwnerPath, e.Kind, e.OccurredAt, e.Actor.Id, e.Actor.Name, e.Actor.UnitId, e.Note, e.Data);
        }

        foreach (var p in batch.Petitioners)
        {
            petitioners.Run(p.Id, p.CaseId, p.OwnerPath, p.Ordinal, p.Name, p.Phone, p.IdNumber, p.Address);
        }

        foreach (var s in batch.Shares)
        {
            shares.Run(s.Id, s.CaseId, s.OwnerPath, s.Kind, s.Status, s.FromUnitId, s.Target.Id, s.Target.Path, s.Reason, s.CreatedAt,
                s.CreatedBy.Id, s.CreatedBy.Name, s.RespondedAt, s.ResponseReason);
        }

        foreach (var v in batch.Verifications)
        {
            verifications.Run(v.Id, v.CaseId, v.OwnerPath, true, true, v.Satisfied, v.Satisfied, v.Satisfaction, v.Method, v.Note,
                v.VerifiedAt, v.VerifiedBy.Id, v.VerifiedBy.UnitId);
        }

        foreach (var s in batch.Supervisions)
        {
            supervisions.Run(s.Id, s.CaseId, s.OwnerPath, s.IssuedBy.UnitId, s.IssuedBy.Id, s.Level, s.Instruction, s.IssuedAt,
                s.ReplyDueAt, s.Reply, s.RepliedAt);
        }

        Rows += batch.Cases.Count + batch.Events.Count + batch.Petitioners.Count + batch.Shares.Count
            + batch.Verifications.Count + batch.Supervisions.Count;
    }

    public void Dispose()
    {
        foreach (var insert in new[] { cases, events, petitioners, shares, verifications, supervisions })
        {
            insert.Dispose();
        }
    }

    /// <summary>One prepared <c>INSERT INTO table (columns) VALUES (…)</c>; values bind as Microsoft.Data.Sqlite binds EF Core's parameters.</summary>
    private sealed class Insert : IDisposable
    {
        private readonly SqliteCommand command;
        private readonly SqliteParameter[] parameters;

        public Insert(SqliteConnection connection, SqliteTransaction transaction, string table, params string[] columns)
        {
            command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
                $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
            parameters = UnitTree.Parameters(command, [.. columns.Select((_, i) => $"$p{i}")]);
            command.Prepare();
        }

        public void Run(params object?[] values)
        {
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i] ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
        }

        public void Dispose() => command.Dispose();
    }
}
