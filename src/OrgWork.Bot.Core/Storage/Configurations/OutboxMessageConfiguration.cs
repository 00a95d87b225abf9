using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OrgWork.Bot.Core.Storage.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.HasKey(m => new { m.DeliveryId, m.ChatId });
        builder.Property(m => m.DeliveryId).HasMaxLength(100);
        builder.Property(m => m.ChatId).HasMaxLength(100);
        builder.Property(m => m.Channel).HasMaxLength(50);
        builder.HasIndex(m => new { m.Channel, m.CreatedAt });
    }
}
