using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Data.Entities;

namespace Platform.Data.Configurations;

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.HasOne(d => d.Webhook).WithMany().HasForeignKey(d => d.WebhookId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(d => d.Body).HasMaxLength(8000);
        builder.Property(d => d.LastError).HasMaxLength(500);
        builder.Property(d => d.ClaimedBy).HasMaxLength(64).IsUnicode(false);
        builder.HasIndex(d => d.Key).IsUnique();
        builder.HasIndex(d => new { d.WebhookId, d.OutboxEventId }).IsUnique();
        builder.HasIndex(d => new { d.Status, d.NextAttemptAt });
    }
}
