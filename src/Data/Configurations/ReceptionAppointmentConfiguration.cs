using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Data.Entities;

namespace Platform.Data.Configurations;

internal sealed class ReceptionAppointmentConfiguration : IEntityTypeConfiguration<ReceptionAppointment>
{
    public void Configure(EntityTypeBuilder<ReceptionAppointment> builder)
    {
        builder.Property(a => a.OwnerPath).IsPath();
        builder.Property(a => a.PetitionerName).HasMaxLength(100);
        builder.Property(a => a.PetitionerPhone).HasMaxLength(32);
        builder.Property(a => a.Subject).HasMaxLength(200);
        builder.Property(a => a.Description).HasMaxLength(10000);
        builder.Property(a => a.BookedById).HasMaxLength(450);
        builder.Property(a => a.BookedByPath).IsPath();
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne(a => a.Schedule).WithMany().HasForeignKey(a => a.ScheduleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Case).WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.OwnerPath, a.At });
        builder.HasIndex(a => new { a.ScheduleId, a.At });
        builder.HasIndex(a => a.BookedByPath);
    }
}
