using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Data.Entities;

namespace Platform.Data.Configurations;

internal sealed class OutboxEventConfiguration : IEntityTypeConfiguration<OutboxEvent>
{
    public void Configure(EntityTypeBuilder<OutboxEvent> builder)
    {
        builder.HasOne(e => e.CaseEvent).WithMany().HasForeignKey(e => e.CaseEventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => e.RecordedAt);
    }
}
