using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OrgWork.Bot.Core.Storage.Configurations;

internal sealed class BranchConfiguration : IEntityTypeConfiguration<Branch>
{
    public void Configure(EntityTypeBuilder<Branch> builder)
    {
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Name).HasMaxLength(100);
        builder.Property(b => b.InviteCode).HasMaxLength(16);
        builder.HasIndex(b => b.InviteCode).IsUnique();
        builder.HasIndex(b => b.Name).IsUnique();
        builder.HasOne<ParentOrganisation>().WithMany().HasForeignKey(b => b.ParentId).OnDelete(DeleteBehavior.SetNull);
    }
}
