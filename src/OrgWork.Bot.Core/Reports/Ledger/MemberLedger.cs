using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Reports.Ledger;

/// <summary>
/// A member's own 明细 (<c>/me 明细</c> and the web page): every points row and every 学时 row, newest first, with its reason
/// in Chinese and its date. The two ledgers are read as one <c>UNION ALL</c>, paged in the database.
/// </summary>
public sealed class MemberLedger(StudyHours hours)
{
    public const int PageSize = 15;

    public async Task<LedgerSlice> PageAsync(OrgWorkDbContext db, long learnerId, int page, DateTime utcNow, CancellationToken cancellationToken, int pageSize = PageSize)
    {
        var entries = db.PointEntries.Where(p => p.LearnerId == learnerId)
            .Select(p => new LedgerEntry { Kind = LedgerEntryKind.Points, Code = (int)p.Reason, Reference = p.Reference, Amount = p.Points, OccurredAt = p.OccurredAt, LocalDate = p.LocalDate })
            .Concat(db.StudyCredits.Where(c => c.LearnerId == learnerId)
                .Select(c => new LedgerEntry { Kind = LedgerEntryKind.StudyHours, Code = (int)c.Source, Reference = c.Reference, Amount = c.Minutes, OccurredAt = c.OccurredAt, LocalDate = c.LocalDate }));
        var total = await entries.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        page = Math.Clamp(page, 1, pageCount);
        var lines = await entries
            .OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Kind).ThenBy(e => e.Reference)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        var points = await db.PointEntries.Where(p => p.LearnerId == learnerId).SumAsync(p => p.Points, cancellationToken);
        var (from, to) = hours.YearOf(utcNow);
        var minutes = await db.StudyCredits.Where(c => c.LearnerId == learnerId && c.LocalDate >= from && c.LocalDate <= to).SumAsync(c => c.Minutes, cancellationToken);
        return new LedgerSlice(lines, page, pageCount, total, points, minutes);
    }

    /// <summary>Why the row was written, in Chinese: a lesson by its current title (a lesson since removed says so).</summary>
    public static string Reason(LedgerEntry entry, Catalogue catalogue) => entry.Kind switch
    {
        LedgerEntryKind.Points => UiText.LedgerPointsReason(
            (PointReason)entry.Code, (PointReason)entry.Code == PointReason.LessonFinished ? catalogue.FindLessonByKey(entry.Reference)?.Title : null),
        _ => UiText.LedgerHoursReason((StudyCreditSource)entry.Code, CreditTitle((StudyCreditSource)entry.Code, entry.Reference, catalogue)),
    };

    /// <summary>What a 学时 row was for, by its current title: a lesson, a class session (<c>slug#N</c>) or a site (<c>slug@date</c>).</summary>
    private static string? CreditTitle(StudyCreditSource source, string reference, Catalogue catalogue)
    {
        switch (source)
        {
            case StudyCreditSource.Lesson:
                return catalogue.FindLessonByKey(reference)?.Title;
            case StudyCreditSource.ClassSession:
                var at = reference.LastIndexOf('#');
                var trainingClass = at > 0 ? catalogue.FindClass(reference[..at]) : null;
                return trainingClass is not null && int.TryParse(reference[(at + 1)..], out var number) && trainingClass.FindSession(number) is { } session
                    ? UiText.Format(UiText.LedgerClassSession, trainingClass.Title, number, session.Title)
                    : null;
            case StudyCreditSource.SiteVisit:
                var day = reference.LastIndexOf('@');
                return day > 0 ? catalogue.FindSite(reference[..day])?.Title : null;
            default:
                return null;
        }
    }
}
