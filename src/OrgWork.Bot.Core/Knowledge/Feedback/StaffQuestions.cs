using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Knowledge.Coverage;
using OrgWork.Bot.Core.Knowledge.Storage;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Knowledge.Feedback;

/// <summary>
/// Questions staff should answer: unanswered ones and answers members disliked, recorded in the asking turn's own
/// transaction; listed grouped by question; answered by a staff reply that becomes a notice for every asker of it.
/// </summary>
public sealed class StaffQuestions
{
    public const int ListedGroups = 20;

    public void Add(OrgWorkDbContext db, ChatInput asker, long askerId, string question, string answerGiven, QueueReason reason, DateTime utcNow) =>
        db.Add(new StaffQueueItem
        {
            QuestionKey = CoverageGaps.Normalize(question),
            Question = Truncate(question.Trim()),
            AnswerGiven = answerGiven,
            Reason = reason,
            AskerId = askerId,
            Channel = asker.Channel,
            ChatId = asker.ChatId,
            CreatedAt = utcNow,
        });

    /// <summary>The open questions, the most asked first (then the most recent).</summary>
    public async Task<IReadOnlyList<QueueGroup>> OpenAsync(OrgWorkDbContext db, CancellationToken cancellationToken)
    {
        var open = await db.Set<StaffQueueItem>().AsNoTracking().Where(i => i.AnsweredAt == null).ToListAsync(cancellationToken);
        var askers = open.Select(i => i.AskerId).Distinct().ToList();
        var branches = await db.Learners.AsNoTracking().Where(l => askers.Contains(l.Id) && l.BranchId != null)
            .Join(db.Branches, l => l.BranchId, b => b.Id, (l, b) => new { l.Id, b.Name })
            .ToDictionaryAsync(x => x.Id, x => x.Name, cancellationToken);
        return [.. open.GroupBy(i => i.QuestionKey, StringComparer.Ordinal)
            .Select(g => new QueueGroup(
                g.Min(i => i.Id),
                g.OrderByDescending(i => i.Id).First().Question,
                g.Count(),
                [.. g.Select(i => i.Reason).Distinct().Order()],
                [.. g.Select(i => branches.GetValueOrDefault(i.AskerId)).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                g.OrderByDescending(i => i.Id).First().AnswerGiven,
                g.Max(i => i.CreatedAt)))
            .OrderByDescending(g => g.Count).ThenByDescending(g => g.LastAskedAt)
            .Take(ListedGroups)];
    }

    /// <summary>
    /// Closes every open asking of the question numbered <paramref name="number"/> with the staff reply and leaves one
    /// notice per asker and chat; null when there is no such open question. Saved with the rest of the staff's input.
    /// </summary>
    public async Task<(string Question, IReadOnlyList<MemberNotice> Notices)?> AnswerAsync(
        OrgWorkDbContext db, long number, string reply, long staffId, DateTime utcNow, CancellationToken cancellationToken)
    {
        var first = await db.Set<StaffQueueItem>().FirstOrDefaultAsync(i => i.Id == number && i.AnsweredAt == null, cancellationToken);
        if (first is null)
        {
            return null;
        }

        var items = await db.Set<StaffQueueItem>().Where(i => i.QuestionKey == first.QuestionKey && i.AnsweredAt == null).ToListAsync(cancellationToken);
        var notices = new List<MemberNotice>();
        foreach (var item in items)
        {
            item.AnsweredAt = utcNow;
            item.AnsweredBy = staffId;
            item.StaffReply = reply;
        }

        foreach (var asker in items.GroupBy(i => (i.AskerId, i.Channel, i.ChatId)))
        {
            var notice = new MemberNotice
            {
                MemberId = asker.Key.AskerId,
                Channel = asker.Key.Channel,
                ChatId = asker.Key.ChatId,
                Text = UiText.Format(UiText.QueueReplyNotice, asker.First().Question, reply),
                CreatedAt = utcNow,
            };
            db.Add(notice);
            notices.Add(notice);
        }

        return (first.Question, notices);
    }

    private static string Truncate(string text) => text.Length <= CoverageGaps.MaxLength ? text : text[..CoverageGaps.MaxLength];
}
