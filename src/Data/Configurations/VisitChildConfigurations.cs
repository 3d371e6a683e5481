using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Data.Entities;

namespace Platform.Data.Configurations;

internal sealed class QuestionnaireQuestionConfiguration : IEntityTypeConfiguration<QuestionnaireQuestion>
{
    public void Configure(EntityTypeBuilder<QuestionnaireQuestion> builder)
    {
        builder.Property(q => q.OwnerPath).IsPath();
        builder.Property(q => q.Text).HasMaxLength(500);
        builder.Property(q => q.Options).HasMaxLength(2000);
        builder.HasOne(q => q.Visit).WithMany(v => v.Questions).HasForeignKey(q => q.VisitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(q => new { q.VisitId, q.Position }).IsUnique();
    }
}

internal sealed class QuestionnaireAnswerConfiguration : IEntityTypeConfiguration<QuestionnaireAnswer>
{
    public void Configure(EntityTypeBuilder<QuestionnaireAnswer> builder)
    {
        builder.Property(a => a.OwnerPath).IsPath();
        builder.Property(a => a.Choice).HasMaxLength(200);
        builder.Property(a => a.Text).HasMaxLength(2000);
        builder.HasOne(a => a.Question).WithMany().HasForeignKey(a => a.QuestionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.QuestionId, a.Choice });
    }
}

internal sealed class VisitIssueConfiguration : IEntityTypeConfiguration<VisitIssue>
{
    public void Configure(EntityTypeBuilder<VisitIssue> builder)
    {
        builder.Property(i => i.OwnerPath).IsPath();
        builder.Property(i => i.Description).HasMaxLength(2000);
        builder.HasOne(i => i.Visit).WithMany(v => v.Issues).HasForeignKey(i => i.VisitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(i => i.Case).WithMany().HasForeignKey(i => i.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.VisitId, i.Position }).IsUnique();
    }
}
