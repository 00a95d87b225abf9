using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OrgWork.Bot.Core.Knowledge.Storage;

internal sealed class PolicyChatTurnConfiguration : IEntityTypeConfiguration<PolicyChatTurn>
{
    public void Configure(EntityTypeBuilder<PolicyChatTurn> builder)
    {
        builder.ToTable("PolicyChatTurns");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.ChatKey).HasMaxLength(200);
        builder.HasIndex(t => new { t.ChatKey, t.Id });
    }
}
