using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OrgWork.Bot.Core.Storage.Configurations;

internal sealed class WebCredentialConfiguration : IEntityTypeConfiguration<WebCredential>
{
    public void Configure(EntityTypeBuilder<WebCredential> builder)
    {
        builder.HasKey(c => c.LearnerId);
        builder.Property(c => c.LearnerId).ValueGeneratedNever();
        builder.Property(c => c.PasswordHash).HasMaxLength(200);
        builder.Property(c => c.SecurityStamp).HasMaxLength(64).IsConcurrencyToken();
        builder.HasOne<Learner>().WithOne().HasForeignKey<WebCredential>(c => c.LearnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
