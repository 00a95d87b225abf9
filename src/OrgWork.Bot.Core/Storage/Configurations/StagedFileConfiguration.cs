using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OrgWork.Bot.Core.Storage.Configurations;

internal sealed class StagedFileConfiguration : IEntityTypeConfiguration<StagedFile>
{
    public void Configure(EntityTypeBuilder<StagedFile> builder)
    {
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Path).HasMaxLength(400);
        builder.Property(f => f.Hash).HasMaxLength(64);
        builder.Property(f => f.BaseHash).HasMaxLength(64);
        builder.HasIndex(f => new { f.UploadId, f.Path }).IsUnique();
    }
}
