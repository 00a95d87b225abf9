using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OrgWork.Bot.Core.Knowledge.Coverage;

namespace OrgWork.Bot.Core.Knowledge.Storage;

internal sealed class StaffQueueItemConfiguration : IEntityTypeConfiguration<StaffQueueItem>
{
    public void Configure(EntityTypeBuilder<StaffQueueItem> builder)
    {
        builder.ToTable("StaffQuestions");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.QuestionKey).HasMaxLength(CoverageGaps.MaxLength);
        builder.Property(i => i.Question).HasMaxLength(CoverageGaps.MaxLength);
        builder.Property(i => i.Channel).HasMaxLength(32);
        builder.Property(i => i.ChatId).HasMaxLength(128);
        builder.HasIndex(i => new { i.AnsweredAt, i.QuestionKey });
    }
}
