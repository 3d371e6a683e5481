using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Data.Entities;

namespace Platform.Data.Configurations;

internal sealed class ActivityEventConfiguration : IEntityTypeConfiguration<ActivityEvent>
{
    public void Configure(EntityTypeBuilder<ActivityEvent> builder)
    {
        builder.Property(e => e.OwnerPath).IsPath();
        builder.Property(e => e.Kind).HasMaxLength(40).IsUnicode(false);
        builder.Property(e => e.ActorId).HasMaxLength(64);
        builder.Property(e => e.ActorName).HasMaxLength(100);
        builder.Property(e => e.Note).HasMaxLength(10000);
        builder.Property(e => e.Data).HasMaxLength(4000);
        builder.HasOne<MediationSession>().WithMany().HasForeignKey(e => e.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Workroom>().WithMany().HasForeignKey(e => e.WorkroomId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(e => e.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Suggestion>().WithMany().HasForeignKey(e => e.SuggestionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.SessionId, e.OccurredAt });
        builder.HasIndex(e => new { e.WorkroomId, e.OccurredAt });
        builder.HasIndex(e => new { e.CampaignId, e.OccurredAt });
        builder.HasIndex(e => new { e.SuggestionId, e.OccurredAt });
        builder.HasIndex(e => e.OwnerPath);
    }
}
