using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Data.Entities;

namespace Platform.Data.Configurations;

internal sealed class MediationPartyConfiguration : IEntityTypeConfiguration<MediationParty>
{
    public void Configure(EntityTypeBuilder<MediationParty> builder)
    {
        builder.Property(p => p.OwnerPath).IsPath();
        builder.Property(p => p.Name).HasMaxLength(100);
        builder.Property(p => p.Phone).HasMaxLength(32);
        builder.Property(p => p.Side).HasMaxLength(100);
        builder.HasOne(p => p.Session).WithMany(s => s.Parties).HasForeignKey(p => p.SessionId);
        builder.HasIndex(p => p.OwnerPath);
    }
}
