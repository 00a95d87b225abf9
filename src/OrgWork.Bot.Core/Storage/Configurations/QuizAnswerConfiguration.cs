using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OrgWork.Bot.Core.Storage.Configurations;

internal sealed class QuizAnswerConfiguration : IEntityTypeConfiguration<QuizAnswer>
{
    public void Configure(EntityTypeBuilder<QuizAnswer> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.QuestionId).HasMaxLength(40);
        builder.Property(a => a.SourceKey).HasMaxLength(200);
        builder.Property(a => a.QuestionText).HasMaxLength(500);
        builder.Property(a => a.SelectedOptionIds).HasMaxLength(200);
        builder.HasIndex(a => new { a.AttemptId, a.QuestionId }).IsUnique();
        builder.HasIndex(a => new { a.LearnerId, a.QuestionId });
        builder.HasIndex(a => a.SourceKey);
        builder.HasOne<QuizAttempt>().WithMany().HasForeignKey(a => a.AttemptId);
    }
}
