using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OrgWork.Bot.Core.Knowledge.Storage;

internal sealed class PolicyChunkConfiguration : IEntityTypeConfiguration<PolicyChunkRecord>
{
    public void Configure(EntityTypeBuilder<PolicyChunkRecord> builder)
    {
        builder.ToTable("PolicyChunks");
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => new { c.DocumentKey, c.Ordinal }).IsUnique();
        builder.Property(c => c.EmbeddingModel).HasMaxLength(200);
    }
}
