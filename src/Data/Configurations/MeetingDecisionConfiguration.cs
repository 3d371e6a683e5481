using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Data.Entities;

namespace Platform.Data.Configurations;

internal sealed class MeetingDecisionConfiguration : IEntityTypeConfiguration<MeetingDecision>
{
    public void Configure(EntityTypeBuilder<MeetingDecision> builder)
    {
        builder.Property(d => d.OwnerPath).IsPath();
        builder.Property(d => d.Text).HasMaxLength(2000);
        builder.Property(d => d.DecidedById).HasMaxLength(450);
        builder.Property(d => d.DecidedByName).HasMaxLength(200);
        builder.HasOne(d => d.Meeting).WithMany(m => m.Decisions).HasForeignKey(d => d.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(d => d.Case).WithMany().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.TargetUnit).WithMany().HasForeignKey(d => d.TargetUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.OwnerPath, d.DueAt });
        builder.HasIndex(d => d.CaseId);
    }
}
