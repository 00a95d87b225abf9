using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Classes;

/// <summary>
/// Whether members completed a class: attended at least <see cref="TrainingClass.CertificateAttendance"/> percent of its
/// sessions and, when it names an exam, passed it. Computed in set form for reports and for issuing certificates.
/// </summary>
public static class ClassCompletion
{
    /// <summary>Sessions a member must attend: the percentage of the sessions, rounded up.</summary>
    public static int SessionsNeeded(TrainingClass trainingClass) =>
        (int)Math.Ceiling(trainingClass.Sessions.Count * trainingClass.CertificateAttendance / 100.0);

    /// <summary>Each participant's attended sessions, attended minutes, and (for a class with an exam) whether they passed it.</summary>
    public static async Task<IReadOnlyList<ParticipantResult>> ResultsAsync(OrgWorkDbContext db, TrainingClass trainingClass, CancellationToken cancellationToken)
    {
        var slug = trainingClass.Slug;
        var participants = ClassRoster.Participants(db, trainingClass);
        var ids = participants.Select(l => l.Id);
        var attendance = await db.Attendances.Where(a => a.ClassSlug == slug && ids.Contains(a.LearnerId))
            .Select(a => new { a.LearnerId, a.SessionNumber })
            .ToListAsync(cancellationToken);
        var passed = trainingClass.ExamSlug is { } exam
            ? (await db.ExamSittings.Where(s => s.ExamSlug == exam && s.Passed == true && ids.Contains(s.LearnerId)).Select(s => s.LearnerId).Distinct().ToListAsync(cancellationToken)).ToHashSet()
            : [];
        var learnerIds = await ids.ToListAsync(cancellationToken);
        var needed = SessionsNeeded(trainingClass);
        return learnerIds.Select(id =>
        {
            var sessions = attendance.Where(a => a.LearnerId == id).Select(a => a.SessionNumber).ToHashSet();
            var minutes = trainingClass.Sessions.Where(s => sessions.Contains(s.Number)).Sum(s => s.Minutes);
            bool? examPassed = trainingClass.ExamSlug is null ? null : passed.Contains(id);
            return new ParticipantResult(id, sessions, minutes, examPassed, sessions.Count >= needed && examPassed != false);
        }).ToList();
    }
}

/// <summary>One participant's attendance (session numbers), attended minutes, exam result (null: no exam), and completion.</summary>
public sealed record ParticipantResult(long LearnerId, IReadOnlySet<int> Sessions, int Minutes, bool? ExamPassed, bool Completed);
