using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Data.Entities;

namespace Platform.Data.Configurations;

internal sealed class CaseShareConfiguration : IEntityTypeConfiguration<CaseShare>
{
    public void Configure(EntityTypeBuilder<CaseShare> builder)
    {
        builder.Property(s => s.OwnerPath).IsPath();
        builder.Property(s => s.TargetPath).IsPath();
        builder.Property(s => s.Reason).HasMaxLength(2000);
        builder.Property(s => s.ResponseReason).HasMaxLength(2000);
        builder.Property(s => s.CreatedById).HasMaxLength(64);
        builder.Property(s => s.CreatedByName).HasMaxLength(100);
        builder.HasOne(s => s.Case).WithMany(c => c.Shares).HasForeignKey(s => s.CaseId);
        builder.HasOne(s => s.TargetUnit).WithMany().HasForeignKey(s => s.TargetUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(s => s.FromUnitId).OnDelete(DeleteBehavior.Restrict);

        // Covers the "cases shared into scope from outside it" subquery of the tenant filter.
        builder.HasIndex(s => new { s.TargetPath, s.OwnerPath, s.CaseId });
        builder.HasIndex(s => s.OwnerPath);
    }
}
