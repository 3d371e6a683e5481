using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Data.Entities;

namespace Platform.Data.Configurations;

internal sealed class ElderConfiguration : IEntityTypeConfiguration<Elder>
{
    public void Configure(EntityTypeBuilder<Elder> builder)
    {
        builder.Property(e => e.OwnerPath).IsPath();
        builder.Property(e => e.Name).HasMaxLength(100);
        builder.Property(e => e.Expertise).HasMaxLength(200).IsUnicode(false);
        builder.Property(e => e.Phone).HasMaxLength(32);
        builder.Property(e => e.UserId).HasMaxLength(64);
        builder.HasOne(e => e.Workroom).WithMany(w => w.Elders).HasForeignKey(e => e.WorkroomId);
        builder.HasIndex(e => e.OwnerPath);
        builder.HasIndex(e => e.UserId);
    }
}
