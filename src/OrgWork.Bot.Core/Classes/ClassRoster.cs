using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Classes.Storage;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Plans;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Classes;

/// <summary>
/// Who takes part in a class: the members enrolled (报名, or added by an admin), and for an assigned class also every
/// active member of its audience when the file names one.
/// </summary>
public static class ClassRoster
{
    public static IQueryable<Learner> Participants(OrgWorkDbContext db, TrainingClass trainingClass)
    {
        var slug = trainingClass.Slug;
        var enrolled = db.Enrolments.Where(e => e.ClassSlug == slug && e.Status == EnrolmentStatus.Enrolled).Select(e => e.LearnerId);
        var active = db.Learners.Where(l => l.DeactivatedAt == null && l.IsActive);
        if (trainingClass.Enrolment == EnrolMode.Assigned && trainingClass.AudienceGiven)
        {
            var audience = PlanMembers.Audience(db, trainingClass.Audience).Select(l => l.Id);
            return active.Where(l => enrolled.Contains(l.Id) || audience.Contains(l.Id));
        }

        return active.Where(l => enrolled.Contains(l.Id));
    }

    /// <summary>The member's standing: a participant, on the waiting list (with the position), or neither.</summary>
    public static async Task<Standing> StandingAsync(OrgWorkDbContext db, TrainingClass trainingClass, Learner learner, CancellationToken cancellationToken)
    {
        var row = await db.Enrolments.FirstOrDefaultAsync(e => e.ClassSlug == trainingClass.Slug && e.LearnerId == learner.Id, cancellationToken);
        if (row?.Status == EnrolmentStatus.Enrolled)
        {
            return new Standing(StandingKind.Enrolled, 0);
        }

        if (trainingClass.Enrolment == EnrolMode.Assigned && trainingClass.AudienceGiven
            && (await MemberPlace.OfAsync(db, learner, cancellationToken)).IsIn(trainingClass.Audience))
        {
            return new Standing(StandingKind.Assigned, 0);
        }

        if (row?.Status == EnrolmentStatus.Waiting)
        {
            return new Standing(StandingKind.Waiting, await WaitingPositionAsync(db, row, cancellationToken));
        }

        return new Standing(StandingKind.None, 0);
    }

    /// <summary>How many enrolled rows hold a place (for an open class's capacity).</summary>
    public static Task<int> EnrolledCountAsync(OrgWorkDbContext db, string classSlug, CancellationToken cancellationToken) =>
        db.Enrolments.CountAsync(e => e.ClassSlug == classSlug && e.Status == EnrolmentStatus.Enrolled, cancellationToken);

    public static async Task<int> WaitingPositionAsync(OrgWorkDbContext db, Enrolment row, CancellationToken cancellationToken) =>
        1 + await db.Enrolments.CountAsync(
            e => e.ClassSlug == row.ClassSlug && e.Status == EnrolmentStatus.Waiting
                && (e.QueuedAt < row.QueuedAt || (e.QueuedAt == row.QueuedAt && e.Id < row.Id)),
            cancellationToken);
}

public enum StandingKind
{
    None,
    Enrolled,
    Assigned,
    Waiting,
}

/// <summary>A member's standing in a class; <paramref name="Position"/> is their place on the waiting list.</summary>
public sealed record Standing(StandingKind Kind, int Position)
{
    public bool TakesPart => Kind is StandingKind.Enrolled or StandingKind.Assigned;
}
