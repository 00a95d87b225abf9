using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OrgWork.Bot.Core.Storage.Configurations;

internal sealed class AccountAliasConfiguration : IEntityTypeConfiguration<AccountAlias>
{
    public void Configure(EntityTypeBuilder<AccountAlias> builder)
    {
        builder.HasKey(a => a.AliasId);
        builder.Property(a => a.AliasId).ValueGeneratedNever();
        builder.HasOne<Learner>().WithMany().HasForeignKey(a => a.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.LearnerId);
    }
}
