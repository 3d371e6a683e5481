using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Data.Entities;

namespace Platform.Data.Configurations;

internal sealed class MediatorConfiguration : IEntityTypeConfiguration<Mediator>
{
    public void Configure(EntityTypeBuilder<Mediator> builder)
    {
        builder.Property(m => m.OwnerPath).IsPath();
        builder.Property(m => m.Name).HasMaxLength(100);
        builder.Property(m => m.Organization).HasMaxLength(200);
        builder.HasOne(m => m.Session).WithMany(s => s.Mediators).HasForeignKey(m => m.SessionId);
        builder.HasOne<Elder>().WithMany().HasForeignKey(m => m.ElderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => m.OwnerPath);
    }
}
