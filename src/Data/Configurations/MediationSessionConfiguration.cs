using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Data.Entities;

namespace Platform.Data.Configurations;

internal sealed class MediationSessionConfiguration : IEntityTypeConfiguration<MediationSession>
{
    public void Configure(EntityTypeBuilder<MediationSession> builder)
    {
        builder.Property(m => m.OwnerPath).IsPath();
        builder.Property(m => m.WorkroomPath).HasMaxLength(PathColumns.MaxLength).IsUnicode(false);
        builder.Property(m => m.Subject).HasMaxLength(200);
        builder.Property(m => m.Place).HasMaxLength(200);
        builder.Property(m => m.AgreementText).HasMaxLength(10000);
        builder.Property(m => m.CancelReason).HasMaxLength(2000);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasOne(m => m.OwnerUnit).WithMany().HasForeignKey(m => m.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.Case).WithMany(c => c.MediationSessions).HasForeignKey(m => m.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.Workroom).WithMany(w => w.Sessions).HasForeignKey(m => m.WorkroomId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.OwnerPath, m.ScheduledAt });
        builder.HasIndex(m => m.WorkroomPath);
    }
}
