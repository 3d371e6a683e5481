using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Data.Entities;

namespace Platform.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(e => e.OwnerPath).IsPath();
        builder.Property(e => e.Action).HasMaxLength(40).IsUnicode(false);
        builder.Property(e => e.SubjectKind).HasMaxLength(16).IsUnicode(false);
        builder.Property(e => e.Subject).HasMaxLength(PathColumns.MaxLength);
        builder.Property(e => e.ActorId).HasMaxLength(64);
        builder.Property(e => e.ActorName).HasMaxLength(100);
        builder.Property(e => e.Data).HasMaxLength(4000);
        builder.HasIndex(e => new { e.OwnerPath, e.OccurredAt });
    }
}
