using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Data.Entities;

namespace Platform.Data.Configurations;

internal sealed class SuggestionConfiguration : IEntityTypeConfiguration<Suggestion>
{
    public void Configure(EntityTypeBuilder<Suggestion> builder)
    {
        builder.Property(s => s.OwnerPath).IsPath();
        builder.Property(s => s.Content).HasMaxLength(10000);
        builder.Property(s => s.Topic).HasMaxLength(100);
        builder.Property(s => s.SubmitterName).HasMaxLength(100);
        builder.Property(s => s.SubmitterPhone).HasMaxLength(32);
        builder.Property(s => s.Response).HasMaxLength(10000);
        builder.Property(s => s.ImplementationNote).HasMaxLength(4000);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne(s => s.Campaign).WithMany(c => c.Suggestions).HasForeignKey(s => s.CampaignId);
        builder.HasOne<Case>().WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.OwnerPath);
        builder.HasIndex(s => new { s.CampaignId, s.SubmittedAt });
    }
}
