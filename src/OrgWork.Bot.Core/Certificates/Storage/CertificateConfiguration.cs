using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Certificates.Storage;

internal sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Serial).HasMaxLength(CertificateSerial.Length);
        builder.Property(c => c.HolderName).HasMaxLength(200);
        builder.Property(c => c.SourceKey).HasMaxLength(200);
        builder.Property(c => c.Title).HasMaxLength(300);
        builder.Property(c => c.RevokeReason).HasMaxLength(500);
        builder.HasOne<Learner>().WithMany().HasForeignKey(c => c.LearnerId);
        builder.HasIndex(c => c.Serial).IsUnique();

        // Issued once: a second issue for the same exam or class finds this row (see CertificateIssuer).
        builder.HasIndex(c => new { c.LearnerId, c.Source, c.SourceKey }).IsUnique();
    }
}
