using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Data.Entities;

namespace Platform.Data.Configurations;

internal sealed class CaseVerificationConfiguration : IEntityTypeConfiguration<CaseVerification>
{
    public void Configure(EntityTypeBuilder<CaseVerification> builder)
    {
        builder.Property(v => v.OwnerPath).IsPath();
        builder.Property(v => v.Note).HasMaxLength(4000);
        builder.Property(v => v.VerifiedById).HasMaxLength(64);
        builder.HasOne(v => v.Case).WithMany(c => c.Verifications).HasForeignKey(v => v.CaseId);
        builder.HasOne<Unit>().WithMany().HasForeignKey(v => v.VerifiedByUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => v.OwnerPath);
    }
}
