using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Certificates;
using OrgWork.Bot.Core.Certificates.Storage;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Classes.Reports;

/// <summary>
/// The class report for staff (<c>class report</c>, the dashboard's 培训班 pages): the roster with an attendance matrix,
/// 学时, ratings, exam result and completion, and each session's ratings and comments. A fixed number of set-form
/// queries per class, however many members it has; completion is <see cref="ClassCompletion"/>'s, so the report and
/// the certificates agree.
/// </summary>
public sealed class ClassReport(StudyHours hours)
{
    public async Task<ClassReportResult> BuildAsync(OrgWorkDbContext db, TrainingClass trainingClass, DateTime utcNow, CancellationToken cancellationToken)
    {
        var slug = trainingClass.Slug;
        var participants = ClassRoster.Participants(db, trainingClass);
        var people = await (
            from l in participants
            join b in db.Branches on l.BranchId equals b.Id into branches
            from b in branches.DefaultIfEmpty()
            select new { l.Id, l.DisplayName, l.Phone, Branch = b == null ? null : b.Name }).ToListAsync(cancellationToken);
        var completion = (await ClassCompletion.ResultsAsync(db, trainingClass, cancellationToken)).ToDictionary(r => r.LearnerId);
        var attendance = await db.Attendances.AsNoTracking().Where(a => a.ClassSlug == slug)
            .Select(a => new { a.LearnerId, a.SessionNumber, a.CheckedInAt, a.Method })
            .ToListAsync(cancellationToken);
        var ratings = await (
            from r in db.SessionRatings
            where r.ClassSlug == slug
            join l in db.Learners on r.LearnerId equals l.Id
            select new { r.LearnerId, r.SessionNumber, r.Stars, r.Comment, r.RatedAt, l.DisplayName }).ToListAsync(cancellationToken);
        var exams = await ExamResultsAsync(db, trainingClass, participants, cancellationToken);
        var serials = (await db.Certificates
            .Where(c => c.Source == CertificateSource.Class && c.SourceKey == slug && c.RevokedAt == null)
            .Select(c => new { c.LearnerId, c.Serial })
            .ToListAsync(cancellationToken))
            .GroupBy(c => c.LearnerId)
            .ToDictionary(g => g.Key, g => CertificateSerial.Display(g.First().Serial));

        var marks = attendance.ToLookup(a => a.LearnerId);
        var starsOf = ratings.ToLookup(r => r.LearnerId, r => r.Stars);
        var sessionCount = trainingClass.Sessions.Count;
        var rows = people
            .OrderBy(p => p.Branch ?? "\uffff", StringComparer.Ordinal).ThenBy(p => p.DisplayName, StringComparer.Ordinal).ThenBy(p => p.Id)
            .Select(p =>
            {
                var mine = marks[p.Id].ToDictionary(a => a.SessionNumber, a => new ClassAttendanceMark(a.CheckedInAt, a.Method));
                var result = completion.GetValueOrDefault(p.Id);
                var minutes = trainingClass.Sessions.Where(s => mine.ContainsKey(s.Number)).Sum(s => s.Minutes);
                var attended = mine.Keys.Count(n => trainingClass.FindSession(n) is not null);
                var stars = starsOf[p.Id].ToList();
                return new ClassReportRow(
                    p.Id,
                    p.DisplayName,
                    p.Phone ?? "",
                    p.Branch,
                    [.. trainingClass.Sessions.Select(s => mine.GetValueOrDefault(s.Number))],
                    attended,
                    sessionCount == 0 ? 0 : Math.Round(100.0 * attended / sessionCount, 1),
                    hours.FromMinutes(minutes),
                    stars.Count == 0 ? null : Math.Round(stars.Average(), 1),
                    trainingClass.ExamSlug is null ? null : exams.GetValueOrDefault(p.Id) ?? new ClassExamResult(false, null, false),
                    result?.Completed ?? false,
                    serials.GetValueOrDefault(p.Id));
            })
            .ToList();

        var sessions = trainingClass.Sessions.Select(s => new ClassSessionSummary(
            s,
            attendance.Count(a => a.SessionNumber == s.Number),
            ClassRatingAverage.Of([.. ratings.Where(r => r.SessionNumber == s.Number).Select(r => r.Stars)]),
            ratings.Count(r => r.SessionNumber == s.Number && !string.IsNullOrWhiteSpace(r.Comment)))).ToList();
        var comments = ratings
            .Where(r => !string.IsNullOrWhiteSpace(r.Comment))
            .OrderBy(r => r.SessionNumber).ThenBy(r => r.RatedAt)
            .Select(r => new ClassComment(r.SessionNumber, r.DisplayName, r.Stars, r.Comment!, r.RatedAt))
            .ToList();

        var held = trainingClass.Sessions.Where(s => s.Starts <= utcNow).Select(s => s.Number).ToHashSet();
        var ids = people.Select(p => p.Id).ToHashSet();
        double? rate = held.Count == 0 || ids.Count == 0
            ? null
            : Math.Round(100.0 * attendance.Count(a => held.Contains(a.SessionNumber) && ids.Contains(a.LearnerId)) / (held.Count * ids.Count), 1);
        return new ClassReportResult(trainingClass, rows, sessions, comments, ClassRatingAverage.Of([.. ratings.Select(r => r.Stars)]), rate, held.Count);
    }

    /// <summary>Each class's line for the dashboard's list, in the order given.</summary>
    public async Task<IReadOnlyList<ClassSummary>> SummariesAsync(
        OrgWorkDbContext db, IEnumerable<TrainingClass> classes, DateTime utcNow, CancellationToken cancellationToken)
    {
        var summaries = new List<ClassSummary>();
        foreach (var trainingClass in classes)
        {
            var report = await BuildAsync(db, trainingClass, utcNow, cancellationToken);
            summaries.Add(new ClassSummary(trainingClass, report.Rows.Count, report.AttendanceRate, report.SessionsHeld, report.Rating, report.CompletedCount));
        }

        return summaries;
    }

    /// <summary>
    /// Just the ratings of a class, cheaply (one query): the overall average and each session's, by session number
    /// (every session is present). For a roster or class page in chat, where the whole report would be too much.
    /// </summary>
    public static async Task<ClassRatings> RatingsAsync(OrgWorkDbContext db, TrainingClass trainingClass, CancellationToken cancellationToken)
    {
        var stars = await db.SessionRatings.Where(r => r.ClassSlug == trainingClass.Slug)
            .Select(r => new { r.SessionNumber, r.Stars })
            .ToListAsync(cancellationToken);
        var bySession = trainingClass.Sessions.ToDictionary(
            s => s.Number,
            s => ClassRatingAverage.Of([.. stars.Where(r => r.SessionNumber == s.Number).Select(r => r.Stars)]));
        return new ClassRatings(ClassRatingAverage.Of([.. stars.Select(r => r.Stars)]), bySession);
    }

    private static async Task<Dictionary<long, ClassExamResult>> ExamResultsAsync(
        OrgWorkDbContext db, TrainingClass trainingClass, IQueryable<Learner> participants, CancellationToken cancellationToken)
    {
        if (trainingClass.ExamSlug is not { } exam)
        {
            return [];
        }

        var ids = participants.Select(l => l.Id);
        var sittings = await db.ExamSittings.Where(s => s.ExamSlug == exam && ids.Contains(s.LearnerId))
            .Select(s => new { s.LearnerId, s.Score, s.Passed })
            .ToListAsync(cancellationToken);
        return sittings.GroupBy(s => s.LearnerId).ToDictionary(
            g => g.Key,
            g => new ClassExamResult(true, g.Max(s => s.Score), g.Any(s => s.Passed == true)));
    }
}

/// <summary>A class's ratings: overall, and per session number.</summary>
public sealed record ClassRatings(ClassRatingAverage Overall, IReadOnlyDictionary<int, ClassRatingAverage> BySession);
