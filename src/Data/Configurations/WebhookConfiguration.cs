using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Data.Entities;
using Platform.Data.Protection;

namespace Platform.Data.Configurations;

internal sealed class WebhookConfiguration : IEntityTypeConfiguration<Webhook>
{
    public void Configure(EntityTypeBuilder<Webhook> builder)
    {
        builder.Property(w => w.ClientId).HasMaxLength(100);
        builder.Property(w => w.UnitPath).IsPath();
        builder.Property(w => w.Url).HasMaxLength(500);
        builder.Property(w => w.Kinds).HasMaxLength(1000).IsUnicode(false);
        // The server needs the raw secret to sign, so it is encrypted (Protection/PiiCipher), not hashed.
        builder.Property(w => w.Secret).HasMaxLength(200).HasConversion<PiiConverter>();
        builder.HasIndex(w => w.ClientId);
        builder.HasIndex(w => new { w.Enabled, w.StartPosition });
    }
}
