using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Data.Entities;

namespace Platform.Data.Configurations;

internal sealed class ReceptionScheduleConfiguration : IEntityTypeConfiguration<ReceptionSchedule>
{
    public void Configure(EntityTypeBuilder<ReceptionSchedule> builder)
    {
        builder.Property(s => s.OwnerPath).IsPath();
        builder.Property(s => s.LeaderId).HasMaxLength(450);
        builder.Property(s => s.LeaderName).HasMaxLength(200);
        builder.Property(s => s.Place).HasMaxLength(200);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne(s => s.OwnerUnit).WithMany().HasForeignKey(s => s.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.OwnerPath);
    }
}
