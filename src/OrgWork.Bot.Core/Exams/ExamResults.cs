using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using OrgWork.Bot.Core.Content.Parsing;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Exams;

/// <summary>Every sitting of one exam, for staff: who, which attempt, when, how it ended, how many answered and right, the score.</summary>
public static class ExamResults
{
    public sealed record Row(
        string Name, string Phone, string Branch, int Number, DateTime StartedAt, DateTime? EndedAt, ExamEnding? Ending, int Answered, int Correct, int Questions, int? Score, bool? Passed);

    public static async Task<IReadOnlyList<Row>> ForExamAsync(OrgWorkDbContext db, string examSlug, CancellationToken cancellationToken)
    {
        var rows = await (
            from s in db.ExamSittings
            where s.ExamSlug == examSlug
            join l in db.Learners on s.LearnerId equals l.Id
            join b in db.Branches on l.BranchId equals b.Id into branches
            from b in branches.DefaultIfEmpty()
            orderby b.Name, l.DisplayName, s.Number
            select new
            {
                s,
                l.DisplayName,
                l.Phone,
                Branch = b == null ? null : b.Name,
                Answered = db.QuizAnswers.Count(a => a.AttemptId == s.Id),
            }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new Row(
            r.DisplayName, r.Phone ?? "", r.Branch ?? "", r.s.Number, r.s.StartedAt, r.s.EndedAt, r.s.Ending, r.Answered, r.s.CorrectCount, r.s.QuestionCount, r.s.Score, r.s.Passed))];
    }

    /// <summary>The rows as one sheet of an xlsx workbook, with Chinese headers and Beijing times. Cells are values, never formulas.</summary>
    public static async Task WriteXlsxAsync(Stream stream, IReadOnlyList<Row> rows, CancellationToken cancellationToken)
    {
        var sheet = rows.Select(r => new Dictionary<string, object?>
        {
            [UiText.ExamResultsColumns.Name] = r.Name,
            [UiText.ExamResultsColumns.Phone] = r.Phone,
            [UiText.ExamResultsColumns.Branch] = r.Branch,
            [UiText.ExamResultsColumns.Number] = r.Number,
            [UiText.ExamResultsColumns.StartedAt] = ContentTime.Format(r.StartedAt),
            [UiText.ExamResultsColumns.EndedAt] = r.EndedAt is { } ended ? ContentTime.Format(ended) : "",
            [UiText.ExamResultsColumns.Ending] = r.Ending switch
            {
                ExamEnding.HandedIn => UiText.ExamResultsEndingHandedIn,
                ExamEnding.TimedOut => UiText.ExamResultsEndingTimedOut,
                _ => UiText.ExamResultsEndingInProgress,
            },
            [UiText.ExamResultsColumns.Answered] = r.Answered,
            [UiText.ExamResultsColumns.Correct] = r.Correct,
            [UiText.ExamResultsColumns.Questions] = r.Questions,
            [UiText.ExamResultsColumns.Score] = r.Score,
            [UiText.ExamResultsColumns.Passed] = r.Passed switch
            {
                true => UiText.ExamPassed,
                false => UiText.ExamFailed,
                null => "",
            },
        });
        await stream.SaveAsAsync(sheet, sheetName: UiText.ExamResultsSheet, cancellationToken: cancellationToken);
    }
}
