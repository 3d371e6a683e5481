using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Data.Entities;

namespace Platform.Data.Configurations;

internal sealed class PetitionerConfiguration : IEntityTypeConfiguration<Petitioner>
{
    public void Configure(EntityTypeBuilder<Petitioner> builder)
    {
        builder.Property(p => p.OwnerPath).IsPath();
        builder.Property(p => p.Name).HasMaxLength(100);
        builder.Property(p => p.Phone).HasMaxLength(32);
        builder.Property(p => p.IdNumber).HasMaxLength(32);
        builder.Property(p => p.Address).HasMaxLength(300);
        builder.HasOne(p => p.Case).WithMany(c => c.Petitioners).HasForeignKey(p => p.CaseId);
        builder.HasIndex(p => p.OwnerPath);
        builder.HasIndex(p => new { p.CaseId, p.Ordinal });
    }
}
