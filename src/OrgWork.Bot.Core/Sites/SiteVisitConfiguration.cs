using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Sites;

internal sealed class SiteVisitConfiguration : IEntityTypeConfiguration<SiteVisit>
{
    public void Configure(EntityTypeBuilder<SiteVisit> builder)
    {
        builder.HasKey(v => v.Id);
        builder.Property(v => v.SiteSlug).HasMaxLength(200);
        builder.HasOne<Learner>().WithMany().HasForeignKey(v => v.LearnerId);
        builder.HasIndex(v => new { v.SiteSlug, v.LearnerId, v.LocalDate }).IsUnique();
        builder.HasIndex(v => new { v.SiteSlug, v.LocalDate });
    }
}
