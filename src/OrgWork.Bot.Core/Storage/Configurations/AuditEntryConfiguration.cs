using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OrgWork.Bot.Core.Storage.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.ActorName).HasMaxLength(200);
        builder.Property(e => e.Action).HasMaxLength(40);
        builder.Property(e => e.Subject).HasMaxLength(400);
        builder.Property(e => e.Before).HasMaxLength(2000);
        builder.Property(e => e.After).HasMaxLength(2000);
        builder.HasIndex(e => e.At);
    }
}
