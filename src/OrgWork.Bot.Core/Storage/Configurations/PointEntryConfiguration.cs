using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OrgWork.Bot.Core.Storage.Configurations;

internal sealed class PointEntryConfiguration : IEntityTypeConfiguration<PointEntry>
{
    public void Configure(EntityTypeBuilder<PointEntry> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Reference).HasMaxLength(200);
        builder.HasIndex(p => new { p.LearnerId, p.Reason, p.Reference }).IsUnique();
        builder.HasIndex(p => new { p.LearnerId, p.LocalDate });
        builder.HasOne<Learner>().WithMany().HasForeignKey(p => p.LearnerId);
    }
}
