using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OrgWork.Bot.Core.Storage.Configurations;

internal sealed class FloodWindowConfiguration : IEntityTypeConfiguration<FloodWindow>
{
    public void Configure(EntityTypeBuilder<FloodWindow> builder)
    {
        builder.HasKey(w => w.UserId);
        builder.Property(w => w.UserId).ValueGeneratedNever();
    }
}
