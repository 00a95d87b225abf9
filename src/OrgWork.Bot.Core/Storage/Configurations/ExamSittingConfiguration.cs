using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OrgWork.Bot.Core.Storage.Configurations;

internal sealed class ExamSittingConfiguration : IEntityTypeConfiguration<ExamSitting>
{
    public void Configure(EntityTypeBuilder<ExamSitting> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.ExamSlug).HasMaxLength(200);
        builder.Property(s => s.ExamTitle).HasMaxLength(200);
        builder.Property(s => s.Revision).IsConcurrencyToken();
        builder.HasOne<QuizAttempt>().WithOne().HasForeignKey<ExamSitting>(s => s.Id);
        builder.HasOne<Learner>().WithMany().HasForeignKey(s => s.LearnerId);
        builder.HasIndex(s => new { s.LearnerId, s.ExamSlug, s.Number }).IsUnique();
        builder.HasIndex(s => new { s.ExamSlug, s.EndedAt });
        builder.HasIndex(s => new { s.EndedAt, s.DeadlineAt });
    }
}
