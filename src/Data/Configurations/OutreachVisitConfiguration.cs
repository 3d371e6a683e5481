using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Data.Entities;

namespace Platform.Data.Configurations;

internal sealed class OutreachVisitConfiguration : IEntityTypeConfiguration<OutreachVisit>
{
    public void Configure(EntityTypeBuilder<OutreachVisit> builder)
    {
        builder.Property(v => v.OwnerPath).IsPath();
        builder.Property(v => v.Team).HasMaxLength(200);
        builder.Property(v => v.Version).IsConcurrencyToken();
        builder.HasOne(v => v.OwnerUnit).WithMany().HasForeignKey(v => v.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.OwnerPath, v.VisitedOn });
    }
}
