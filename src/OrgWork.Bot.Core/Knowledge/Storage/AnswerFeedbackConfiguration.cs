using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OrgWork.Bot.Core.Knowledge.Storage;

internal sealed class AnswerFeedbackConfiguration : IEntityTypeConfiguration<AnswerFeedback>
{
    public void Configure(EntityTypeBuilder<AnswerFeedback> builder)
    {
        builder.ToTable("AnswerFeedback");
        builder.HasKey(f => f.Id);
        // A double tap, a redelivered update or a second instance never counts a member's feedback twice.
        builder.HasIndex(f => new { f.TurnId, f.MemberId }).IsUnique();
    }
}
