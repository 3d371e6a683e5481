using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Data.Entities;

namespace Platform.Data.Configurations;

internal sealed class CaseEventConfiguration : IEntityTypeConfiguration<CaseEvent>
{
    public void Configure(EntityTypeBuilder<CaseEvent> builder)
    {
        builder.Property(e => e.OwnerPath).IsPath();
        builder.Property(e => e.ActorId).HasMaxLength(64);
        builder.Property(e => e.ActorName).HasMaxLength(100);
        builder.Property(e => e.Note).HasMaxLength(10000);
        builder.Property(e => e.Data).HasMaxLength(4000);
        builder.HasOne(e => e.Case).WithMany(c => c.Events).HasForeignKey(e => e.CaseId);
        builder.HasIndex(e => e.OwnerPath);
        // A case's timeline in order; with the owner path the tenant filter's first test and the
        // counts per case read the index alone, without the events' rows.
        builder.HasIndex(e => new { e.CaseId, e.OccurredAt, e.OwnerPath });
    }
}
