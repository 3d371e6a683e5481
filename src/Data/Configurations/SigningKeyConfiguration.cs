using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Data.Entities;

namespace Platform.Data.Configurations;

internal sealed class SigningKeyConfiguration : IEntityTypeConfiguration<SigningKey>
{
    public void Configure(EntityTypeBuilder<SigningKey> builder)
    {
        builder.Property(k => k.Id).HasMaxLength(64).IsUnicode(false);
        builder.Property(k => k.Use).HasMaxLength(8).IsUnicode(false);
        builder.Property(k => k.Key).IsUnicode(false);
        builder.HasIndex(k => new { k.Use, k.CreatedAt });
    }
}
