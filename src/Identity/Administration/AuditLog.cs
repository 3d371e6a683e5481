using System.Text.Encodings.Web;
using System.Text.Json;
using Platform.Data;
using Platform.Data.Entities;

namespace Platform.Identity.Administration;

/// <summary>Appends an administration act to the audit history, saved with the change it records.</summary>
public static class AuditLog
{
    public const string Unit = "UNIT";
    public const string User = "USER";
    public const string Client = "CLIENT";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Append(
        PlatformDbContext db, AdminActor actor, DateTime now, string ownerPath, string action, string subjectKind, string subject, object? data = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            OwnerPath = ownerPath,
            Action = action,
            SubjectKind = subjectKind,
            Subject = subject,
            OccurredAt = now,
            ActorId = actor.Subject,
            ActorName = actor.Name,
            ActorUnitId = actor.UnitId,
            Data = data is null ? null : JsonSerializer.Serialize(data, Json),
        });
}
