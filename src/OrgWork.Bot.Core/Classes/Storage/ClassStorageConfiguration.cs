using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Classes.Storage;

internal sealed class EnrolmentConfiguration : IEntityTypeConfiguration<Enrolment>
{
    public void Configure(EntityTypeBuilder<Enrolment> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.ClassSlug).HasMaxLength(200);
        builder.HasOne<Learner>().WithMany().HasForeignKey(e => e.LearnerId);
        builder.HasIndex(e => new { e.ClassSlug, e.LearnerId }).IsUnique();
        builder.HasIndex(e => new { e.ClassSlug, e.Status, e.QueuedAt });
    }
}

internal sealed class AttendanceConfiguration : IEntityTypeConfiguration<Attendance>
{
    public void Configure(EntityTypeBuilder<Attendance> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.ClassSlug).HasMaxLength(200);
        builder.Property(a => a.Reason).HasMaxLength(500);
        builder.HasOne<Learner>().WithMany().HasForeignKey(a => a.LearnerId);

        // Recorded once: a second scan (or a concurrent one) finds this row.
        builder.HasIndex(a => new { a.ClassSlug, a.SessionNumber, a.LearnerId }).IsUnique();
    }
}

internal sealed class SessionRatingConfiguration : IEntityTypeConfiguration<SessionRating>
{
    public void Configure(EntityTypeBuilder<SessionRating> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.ClassSlug).HasMaxLength(200);
        builder.Property(r => r.Comment).HasMaxLength(SessionRating.MaxCommentLength);
        builder.HasOne<Learner>().WithMany().HasForeignKey(r => r.LearnerId);
        builder.HasIndex(r => new { r.ClassSlug, r.SessionNumber, r.LearnerId }).IsUnique();
    }
}
