using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OrgWork.Bot.Core.Storage.Configurations;

internal sealed class ContentVersionConfiguration : IEntityTypeConfiguration<ContentVersion>
{
    public void Configure(EntityTypeBuilder<ContentVersion> builder)
    {
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Path).HasMaxLength(400);
        builder.Property(v => v.ContentHash).HasMaxLength(64);
        builder.Property(v => v.AuthorName).HasMaxLength(200);

        // Settles races between publishers of the same file: only one insert of version N succeeds.
        builder.HasIndex(v => new { v.Path, v.Number }).IsUnique();
    }
}
