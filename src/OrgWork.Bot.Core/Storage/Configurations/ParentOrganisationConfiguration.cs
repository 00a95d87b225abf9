using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OrgWork.Bot.Core.Storage.Configurations;

internal sealed class ParentOrganisationConfiguration : IEntityTypeConfiguration<ParentOrganisation>
{
    public void Configure(EntityTypeBuilder<ParentOrganisation> builder)
    {
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Name).HasMaxLength(100);
        builder.HasIndex(o => o.Name).IsUnique();
    }
}
