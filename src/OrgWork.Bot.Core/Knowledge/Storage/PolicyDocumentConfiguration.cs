using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OrgWork.Bot.Core.Knowledge.Storage;

internal sealed class PolicyDocumentConfiguration : IEntityTypeConfiguration<PolicyDocumentRecord>
{
    public void Configure(EntityTypeBuilder<PolicyDocumentRecord> builder)
    {
        builder.ToTable("PolicyDocuments");
        builder.HasKey(d => d.Key);
        builder.Property(d => d.Key).HasMaxLength(400);
        builder.Property(d => d.FileStem).HasMaxLength(200);
        builder.Property(d => d.SourcePath).HasMaxLength(500);
        builder.Property(d => d.ContentHash).HasMaxLength(64);
        builder.Property(d => d.Title).HasMaxLength(500);
        builder.Property(d => d.Number).HasMaxLength(200);
        builder.Property(d => d.Issuer).HasMaxLength(200);
        builder.Property(d => d.SupersededBy).HasMaxLength(200);
        builder.HasMany(d => d.Chunks).WithOne().HasForeignKey(c => c.DocumentKey).OnDelete(DeleteBehavior.Cascade);
    }
}
