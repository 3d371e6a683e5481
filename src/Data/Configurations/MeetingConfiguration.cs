using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Data.Entities;

namespace Platform.Data.Configurations;

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.Property(m => m.OwnerPath).IsPath();
        builder.Property(m => m.Title).HasMaxLength(200);
        builder.Property(m => m.Place).HasMaxLength(200);
        builder.Property(m => m.Minutes).HasMaxLength(20000);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasOne(m => m.OwnerUnit).WithMany().HasForeignKey(m => m.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.OwnerPath, m.HeldAt });
    }
}
