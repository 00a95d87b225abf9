using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OrgWork.Bot.Core.Storage.Configurations;

internal sealed class StagedUploadConfiguration : IEntityTypeConfiguration<StagedUpload>
{
    public void Configure(EntityTypeBuilder<StagedUpload> builder)
    {
        builder.HasKey(u => u.Id);
        builder.Property(u => u.FileName).HasMaxLength(260);
        builder.HasOne<Learner>().WithMany().HasForeignKey(u => u.OwnerId);
        builder.HasMany(u => u.Files).WithOne().HasForeignKey(f => f.UploadId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(u => new { u.OwnerId, u.Status });
    }
}
