using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Data.Tenancy;

namespace Platform.Data.Configurations;

internal sealed class ShareTargetConfiguration : IEntityTypeConfiguration<ShareTarget>
{
    // A view mapping over the share table: read-only, and left out of migrations.
    public void Configure(EntityTypeBuilder<ShareTarget> builder)
    {
        builder.HasNoKey().ToView("CaseShares");
        builder.Property(s => s.TargetPath).IsPath();
        builder.Property(s => s.OwnerPath).IsPath();
    }
}
