using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Notices;

internal sealed class NoticeConfiguration : IEntityTypeConfiguration<Notice>
{
    public void Configure(EntityTypeBuilder<Notice> builder)
    {
        builder.ToTable("Notices");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Text).HasMaxLength(NoticeBoard.MaxTextLength);
        builder.Property(n => n.Key).HasMaxLength(200);
        builder.HasOne<Branch>().WithMany().HasForeignKey(n => n.BranchId).OnDelete(DeleteBehavior.SetNull);

        // A keyed post happens once; keyless ones (NULL) never collide on either provider.
        builder.HasIndex(n => n.Key).IsUnique();
        builder.HasIndex(n => n.CreatedAt);
    }
}
