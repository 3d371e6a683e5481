using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Data.Entities;

namespace Platform.Data.Configurations;

internal sealed class CaseSupervisionConfiguration : IEntityTypeConfiguration<CaseSupervision>
{
    public void Configure(EntityTypeBuilder<CaseSupervision> builder)
    {
        builder.Property(s => s.OwnerPath).IsPath();
        builder.Property(s => s.IssuedById).HasMaxLength(64);
        builder.Property(s => s.Instruction).HasMaxLength(4000);
        builder.Property(s => s.Reply).HasMaxLength(4000);
        builder.HasOne(s => s.Case).WithMany(c => c.Supervisions).HasForeignKey(s => s.CaseId);
        builder.HasOne<Unit>().WithMany().HasForeignKey(s => s.IssuedByUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.OwnerPath);
    }
}
