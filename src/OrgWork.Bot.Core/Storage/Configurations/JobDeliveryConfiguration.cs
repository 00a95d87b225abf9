using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OrgWork.Bot.Core.Storage.Configurations;

internal sealed class JobDeliveryConfiguration : IEntityTypeConfiguration<JobDelivery>
{
    public void Configure(EntityTypeBuilder<JobDelivery> builder)
    {
        builder.HasKey(d => new { d.JobRunId, d.LearnerId });
        builder.Property(d => d.JobRunId).HasMaxLength(100);
        builder.HasOne<JobRun>().WithMany().HasForeignKey(d => d.JobRunId).OnDelete(DeleteBehavior.Cascade);
    }
}
