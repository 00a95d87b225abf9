using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OrgWork.Bot.Core.Storage.Configurations;

internal sealed class QuizAttemptConfiguration : IEntityTypeConfiguration<QuizAttempt>
{
    public void Configure(EntityTypeBuilder<QuizAttempt> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.SourceKey).HasMaxLength(200);
        builder.Property(a => a.QuestionIds).HasMaxLength(2000);
        builder.Property(a => a.PendingSelection).HasMaxLength(200);
        builder.Ignore(a => a.Questions);
        builder.HasOne<Learner>().WithMany().HasForeignKey(a => a.LearnerId);
        builder.HasIndex(a => new { a.LearnerId, a.Kind, a.SourceKey });
    }
}
