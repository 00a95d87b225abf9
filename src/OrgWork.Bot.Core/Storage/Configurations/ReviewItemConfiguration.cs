using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OrgWork.Bot.Core.Storage.Configurations;

internal sealed class ReviewItemConfiguration : IEntityTypeConfiguration<ReviewItem>
{
    public void Configure(EntityTypeBuilder<ReviewItem> builder)
    {
        builder.HasKey(r => new { r.LearnerId, r.QuestionId });
        builder.Property(r => r.QuestionId).HasMaxLength(40);
        builder.HasIndex(r => new { r.LearnerId, r.DueAt });
        builder.HasOne<Learner>().WithMany().HasForeignKey(r => r.LearnerId);
    }
}
