using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Classes.Storage;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Classes;

/// <summary>What recording an attendance came to.</summary>
public abstract record AttendanceOutcome
{
    private AttendanceOutcome()
    {
    }

    /// <summary>Recorded now; <paramref name="Minutes"/> were credited as 学时.</summary>
    public sealed record Recorded(int Minutes) : AttendanceOutcome;

    public sealed record AlreadyRecorded(DateTime At) : AttendanceOutcome;

    public sealed record OutsideWindow(DateTime From, DateTime To) : AttendanceOutcome;

    public sealed record NotParticipant(Standing Standing) : AttendanceOutcome;
}

/// <summary>
/// Records a member's attendance at a session once, and credits the session's minutes to the 学时 ledger in the same
/// transaction. A second record (a second scan, a concurrent one on another device or instance) finds the first: the
/// unique index on (class, session, member) makes the loser's turn run again, and then it sees 已签到.
/// </summary>
public sealed class AttendanceBook(StudyHours hours, IOptions<CheckInOptions> options)
{
    /// <summary>When members may check in to <paramref name="session"/>: from a margin before it starts to a margin after it ends.</summary>
    public (DateTime From, DateTime To) Window(ClassSession session) =>
        (session.Starts - options.Value.WindowMargin, session.Ends + options.Value.WindowMargin);

    public bool IsOpen(ClassSession session, DateTime utcNow)
    {
        var (from, to) = Window(session);
        return utcNow >= from && utcNow <= to;
    }

    /// <summary>
    /// Records <paramref name="learner"/> at <paramref name="session"/>: by a scan inside the session's window, or by a
    /// trainer's hand (<paramref name="markedBy"/>, with a reason) at any time.
    /// </summary>
    public async Task<AttendanceOutcome> RecordAsync(
        OrgWorkDbContext db,
        TrainingClass trainingClass,
        ClassSession session,
        Learner learner,
        DateTime utcNow,
        Learner? markedBy,
        string? reason,
        CancellationToken cancellationToken)
    {
        var existing = await db.Attendances
            .Where(a => a.ClassSlug == trainingClass.Slug && a.SessionNumber == session.Number && a.LearnerId == learner.Id)
            .Select(a => (DateTime?)a.CheckedInAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (existing is { } at)
        {
            return new AttendanceOutcome.AlreadyRecorded(at);
        }

        if (markedBy is null && !IsOpen(session, utcNow))
        {
            var (from, to) = Window(session);
            return new AttendanceOutcome.OutsideWindow(from, to);
        }

        var standing = await ClassRoster.StandingAsync(db, trainingClass, learner, cancellationToken);
        if (!standing.TakesPart)
        {
            return new AttendanceOutcome.NotParticipant(standing);
        }

        db.Attendances.Add(new Attendance
        {
            ClassSlug = trainingClass.Slug,
            SessionNumber = session.Number,
            LearnerId = learner.Id,
            CheckedInAt = utcNow,
            Method = markedBy is null ? AttendanceMethod.Scan : AttendanceMethod.Manual,
            MarkedById = markedBy?.Id,
            Reason = reason,
        });
        await hours.CreditAsync(
            db, learner.Id, StudyCreditSource.ClassSession, ClassSession.CreditReference(trainingClass.Slug, session.Number), session.Minutes, utcNow, cancellationToken);
        return new AttendanceOutcome.Recorded(session.Minutes);
    }
}
