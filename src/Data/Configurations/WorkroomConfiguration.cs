using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Data.Entities;

namespace Platform.Data.Configurations;

internal sealed class WorkroomConfiguration : IEntityTypeConfiguration<Workroom>
{
    public void Configure(EntityTypeBuilder<Workroom> builder)
    {
        builder.Property(w => w.OwnerPath).IsPath();
        builder.Property(w => w.Name).HasMaxLength(200);
        builder.Property(w => w.Address).HasMaxLength(300);
        builder.Property(w => w.OpeningHours).HasMaxLength(200);
        builder.Property(w => w.Description).HasMaxLength(4000);
        builder.Property(w => w.Version).IsConcurrencyToken();
        builder.HasOne(w => w.Unit).WithMany().HasForeignKey(w => w.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(w => w.OwnerPath);
    }
}
