using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OrgWork.Bot.Core.Storage.Configurations;

internal sealed class StudyCreditConfiguration : IEntityTypeConfiguration<StudyCredit>
{
    public void Configure(EntityTypeBuilder<StudyCredit> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Reference).HasMaxLength(200);
        builder.HasIndex(c => new { c.LearnerId, c.Source, c.Reference }).IsUnique();
        builder.HasIndex(c => new { c.LocalDate, c.LearnerId });
        builder.HasOne<Learner>().WithMany().HasForeignKey(c => c.LearnerId);
    }
}
