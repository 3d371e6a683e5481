using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Data.Entities;

namespace Platform.Data.Configurations;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.Property(u => u.Code).HasMaxLength(40).IsUnicode(false);
        builder.Property(u => u.Name).HasMaxLength(100);
        builder.Property(u => u.Path).IsPath();
        builder.HasIndex(u => u.Path).IsUnique();
        builder.HasIndex(u => new { u.ParentId, u.Code }).IsUnique();
        builder.HasOne(u => u.Parent).WithMany(u => u.Children).HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
