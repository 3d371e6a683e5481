using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Data.Entities;

namespace Platform.Data.Configurations;

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> builder)
    {
        builder.Property(a => a.OwnerPath).IsPath();
        builder.Property(a => a.FileName).HasMaxLength(Attachment.FileNameLength);
        builder.Property(a => a.MediaType).HasMaxLength(100).IsUnicode(false);
        builder.Property(a => a.Sha256).HasMaxLength(64).IsUnicode(false);
        builder.Property(a => a.UploadedById).HasMaxLength(450);
        builder.Property(a => a.UploadedByName).HasMaxLength(200);
        builder.HasOne<Case>().WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<MediationSession>().WithMany().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Suggestion>().WithMany().HasForeignKey(a => a.SuggestionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.CaseId);
        builder.HasIndex(a => a.SessionId);
        builder.HasIndex(a => a.SuggestionId);
        builder.HasIndex(a => a.MeetingId);
    }
}
