using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OrgWork.Bot.Core.Storage.Configurations;

internal sealed class LessonProgressConfiguration : IEntityTypeConfiguration<LessonProgress>
{
    public void Configure(EntityTypeBuilder<LessonProgress> builder)
    {
        builder.HasKey(p => new { p.LearnerId, p.LessonKey });
        builder.Property(p => p.LessonKey).HasMaxLength(200);
        builder.HasOne<Learner>().WithMany().HasForeignKey(p => p.LearnerId);
    }
}
