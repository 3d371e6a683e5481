using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Data.Entities;

namespace Platform.Data.Configurations;

internal sealed class WebhookCursorConfiguration : IEntityTypeConfiguration<WebhookCursor>
{
    public void Configure(EntityTypeBuilder<WebhookCursor> builder)
    {
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasData(new WebhookCursor { Id = WebhookCursor.SingleId, Position = 0 });
    }
}
