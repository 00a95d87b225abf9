using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OrgWork.Bot.Core.Storage.Configurations;

internal sealed class LearnerConfiguration : IEntityTypeConfiguration<Learner>
{
    public void Configure(EntityTypeBuilder<Learner> builder)
    {
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.DisplayName).HasMaxLength(200);
        builder.HasOne<Branch>().WithMany().HasForeignKey(l => l.BranchId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(l => l.BranchId);
        builder.Property(l => l.Phone).HasMaxLength(11);
        builder.Property(l => l.Position).HasMaxLength(100);

        // The roster's key: one member per 手机号 (people outside the roster have none).
        builder.HasIndex(l => l.Phone).IsUnique();
    }
}
