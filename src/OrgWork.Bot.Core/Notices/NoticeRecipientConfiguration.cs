using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Notices;

internal sealed class NoticeRecipientConfiguration : IEntityTypeConfiguration<NoticeRecipient>
{
    public void Configure(EntityTypeBuilder<NoticeRecipient> builder)
    {
        builder.ToTable("NoticeRecipients");
        builder.HasKey(r => r.Id);
        builder.HasOne<Notice>().WithMany().HasForeignKey(r => r.NoticeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Learner>().WithMany().HasForeignKey(r => r.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.NoticeId, r.LearnerId }).IsUnique();

        // A member's unread notices (opening the web chat, the next reply in the terminal).
        builder.HasIndex(r => new { r.LearnerId, r.ReadAt });

        // The dispatcher's scan for what still has to go out on Telegram.
        builder.HasIndex(r => new { r.ViaTelegram, r.TelegramDeliveredAt, r.TelegramClaimedUntil });
    }
}
