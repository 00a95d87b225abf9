using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OrgWork.Bot.Core.Knowledge.Storage;

internal sealed class MemberNoticeConfiguration : IEntityTypeConfiguration<MemberNotice>
{
    public void Configure(EntityTypeBuilder<MemberNotice> builder)
    {
        builder.ToTable("MemberNotices");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Channel).HasMaxLength(32);
        builder.Property(n => n.ChatId).HasMaxLength(128);
        builder.HasIndex(n => new { n.MemberId, n.Channel, n.DeliveredAt });
    }
}
