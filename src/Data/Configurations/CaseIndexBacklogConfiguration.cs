using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Data.Entities;

namespace Platform.Data.Configurations;

internal sealed class CaseIndexBacklogConfiguration : IEntityTypeConfiguration<CaseIndexBacklog>
{
    public void Configure(EntityTypeBuilder<CaseIndexBacklog> builder)
    {
        builder.ToTable("CaseIndexBacklog");
        builder.HasKey(b => b.CaseId);
        builder.Property(b => b.CaseId).ValueGeneratedNever();
    }
}
