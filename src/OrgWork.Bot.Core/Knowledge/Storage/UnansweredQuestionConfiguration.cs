using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OrgWork.Bot.Core.Knowledge.Coverage;

namespace OrgWork.Bot.Core.Knowledge.Storage;

internal sealed class UnansweredQuestionConfiguration : IEntityTypeConfiguration<UnansweredQuestion>
{
    public void Configure(EntityTypeBuilder<UnansweredQuestion> builder)
    {
        builder.ToTable("UnansweredQuestions");
        builder.HasKey(q => q.NormalizedText);
        builder.Property(q => q.NormalizedText).HasMaxLength(CoverageGaps.MaxLength);
        builder.Property(q => q.Text).HasMaxLength(CoverageGaps.MaxLength);
        builder.HasIndex(q => q.Count);
    }
}
