using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Data.Entities;

namespace Platform.Data.Configurations;

internal sealed class CaseTermConfiguration : IEntityTypeConfiguration<CaseTerm>
{
    public void Configure(EntityTypeBuilder<CaseTerm> builder)
    {
        // One row per case and word: the key is also how the other words of a query are probed.
        builder.HasKey(t => new { t.CaseId, t.Term });
        builder.Property(t => t.Term).HasMaxLength(CaseTerms.MaxTermLength);
        builder.Property(t => t.OwnerPath).IsPath();
        builder.HasOne(t => t.Case).WithMany().HasForeignKey(t => t.CaseId);

        // The rarest word's rows in the reader's scope are a range seek, read from the index alone.
        // Every index begins with the word or the case, so no plan can read rows of other words.
        builder.HasIndex(t => new { t.Term, t.OwnerPath, t.RegisteredAt, t.CaseId, t.Count });
    }
}
