using OrgWork.Bot.Core.Classes.Storage;
using OrgWork.Bot.Core.Content;

namespace OrgWork.Bot.Core.Classes.Reports;

/// <summary>
/// A class's report: one row per participant, one summary per session, the comments, and the class's totals.
/// <see cref="AttendanceRate"/> counts only the sessions that had started when the report was made (null before the first).
/// </summary>
public sealed record ClassReportResult(
    TrainingClass Class,
    IReadOnlyList<ClassReportRow> Rows,
    IReadOnlyList<ClassSessionSummary> Sessions,
    IReadOnlyList<ClassComment> Comments,
    ClassRatingAverage Rating,
    double? AttendanceRate,
    int SessionsHeld)
{
    public int CompletedCount => Rows.Count(r => r.Completed);
}

/// <summary>
/// One participant: who they are, their mark at each session (null: absent; in session order), their share of all the
/// class's sessions (percent), 学时 from attended minutes, the average of their ratings, their exam result (null when the
/// class names no exam), and whether they completed the class (with the certificate's serial once issued).
/// </summary>
public sealed record ClassReportRow(
    long LearnerId,
    string Name,
    string Phone,
    string? Branch,
    IReadOnlyList<ClassAttendanceMark?> Marks,
    int Attended,
    double AttendanceRate,
    double Hours,
    double? Rating,
    ClassExamResult? Exam,
    bool Completed,
    string? CertificateSerial);

/// <summary>A check-in: when (UTC), and whether it was scanned or marked by a trainer (补记).</summary>
public sealed record ClassAttendanceMark(DateTime At, AttendanceMethod Method);

/// <summary>A participant's result in the class's exam: whether they sat it, their best score (null while unfinished), whether any sitting passed.</summary>
public sealed record ClassExamResult(bool Sat, int? BestScore, bool Passed);

/// <summary>One session: how many checked in (participants or not), its ratings and how many comments it has.</summary>
public sealed record ClassSessionSummary(ClassSession Session, int Attendees, ClassRatingAverage Rating, int Comments);

/// <summary>An average of 1–5 star ratings (null when none) and how many there are.</summary>
public sealed record ClassRatingAverage(double? Average, int Count)
{
    public static ClassRatingAverage Of(IReadOnlyCollection<int> stars) =>
        new(stars.Count == 0 ? null : Math.Round(stars.Average(), 1), stars.Count);
}

/// <summary>A comment left with a rating.</summary>
public sealed record ClassComment(int SessionNumber, string Name, int Stars, string Text, DateTime At);

/// <summary>A line of the dashboard's class list.</summary>
public sealed record ClassSummary(TrainingClass Class, int Participants, double? AttendanceRate, int SessionsHeld, ClassRatingAverage Rating, int Completed);
