using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Data.Entities;
using Platform.Data.Protection;

namespace Platform.Data.Configurations;

internal sealed class PetitionerConfiguration : IEntityTypeConfiguration<Petitioner>
{
    public void Configure(EntityTypeBuilder<Petitioner> builder)
    {
        builder.Property(p => p.OwnerPath).IsPath();
        builder.Property(p => p.Name).HasMaxLength(100);
        // Encrypted at rest (Protection/PiiCipher): the columns hold the cipher text.
        builder.Property(p => p.Phone).HasMaxLength(128).HasConversion<PiiConverter>();
        builder.Property(p => p.IdNumber).HasMaxLength(128).HasConversion<PiiConverter>();
        builder.Property(p => p.IdNumberHash).HasMaxLength(64).IsUnicode(false);
        builder.Property(p => p.PhoneHash).HasMaxLength(64).IsUnicode(false);
        builder.Property(p => p.Address).HasMaxLength(300);
        builder.HasOne(p => p.Case).WithMany(c => c.Petitioners).HasForeignKey(p => p.CaseId);
        builder.HasIndex(p => p.OwnerPath);
        builder.HasIndex(p => new { p.CaseId, p.Ordinal });
        builder.HasIndex(p => p.IdNumberHash);
        builder.HasIndex(p => p.PhoneHash);
    }
}
