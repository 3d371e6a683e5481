using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Data.Entities;

namespace Platform.Data.Configurations;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> builder)
    {
        builder.Property(c => c.Number).HasMaxLength(32).IsUnicode(false);
        builder.HasIndex(c => c.Number).IsUnique();
        builder.Property(c => c.Title).HasMaxLength(200);
        builder.Property(c => c.Description).HasMaxLength(10000);
        builder.Property(c => c.Answer).HasMaxLength(10000);
        builder.Property(c => c.OwnerPath).IsPath();
        builder.Property(c => c.HandlingPath).IsPath();
        builder.Property(c => c.FirstReceiverId).HasMaxLength(64);
        builder.Property(c => c.FirstReceiverName).HasMaxLength(100);
        builder.Property(c => c.LeaderOwnerId).HasMaxLength(64);
        builder.Property(c => c.LeaderOwnerName).HasMaxLength(100);
        builder.Property(c => c.RemindedPath).HasMaxLength(PathColumns.MaxLength).IsUnicode(false);
        builder.Property(c => c.ClientMutationId).HasMaxLength(100);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.ReceiptHash).HasMaxLength(64).IsUnicode(false);
        builder.HasIndex(c => c.ReceiptHash).IsUnique().HasFilter("[ReceiptHash] IS NOT NULL");
        builder.Property(c => c.CitizenComment).HasMaxLength(1000);
        builder.HasOne<Case>().WithMany().HasForeignKey(c => c.PrimaryCaseId).OnDelete(DeleteBehavior.Restrict);

        builder.HasOne(c => c.OwnerUnit).WithMany().HasForeignKey(c => c.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.HandlingUnit).WithMany().HasForeignKey(c => c.HandlingUnitId).OnDelete(DeleteBehavior.Restrict);

        // Visibility seeks on the owner path; queues seek on the handling path, and count their cases
        // with the owner path's visibility test from the index, without touching the rows.
        builder.HasIndex(c => new { c.OwnerPath, c.RegisteredAt });
        builder.HasIndex(c => new { c.HandlingPath, c.Status, c.OwnerPath });
        // A wide scope's status filter (a city or district admin's open cases) reads only the rows of
        // those statuses, and counts them from the index without touching the rows.
        builder.HasIndex(c => new { c.Status, c.OwnerPath });
        // The root scope's pages carry no visibility test: its newest cases, of some statuses or
        // of all, come from walking these backwards, without sorting the table.
        builder.HasIndex(c => new { c.Status, c.RegisteredAt });
        builder.HasIndex(c => c.RegisteredAt);
        builder.HasIndex(c => c.LeaderOwnerId);
        // A retried registration finds the first case instead of creating a second one.
        builder.HasIndex(c => new { c.FirstReceiverId, c.ClientMutationId }).IsUnique().HasFilter("[ClientMutationId] IS NOT NULL");
    }
}
