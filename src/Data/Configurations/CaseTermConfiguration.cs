using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Data.Entities;

namespace Platform.Data.Configurations;

internal sealed class CaseTermConfiguration : IEntityTypeConfiguration<CaseTerm>
{
    public void Configure(EntityTypeBuilder<CaseTerm> builder)
    {
        builder.Property(t => t.Term).HasMaxLength(CaseTerms.MaxTermLength);
        builder.HasOne(t => t.Case).WithMany().HasForeignKey(t => t.CaseId);

        // A search seeks on each query word and reads the case and count from the index alone.
        builder.HasIndex(t => new { t.Term, t.CaseId, t.Count });
        builder.HasIndex(t => t.CaseId);
    }
}
