using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Classes.Storage;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Content.Parsing;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Notices;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Classes;

/// <summary>What an enrolment attempt came to.</summary>
public enum EnrolOutcome
{
    Enrolled,
    Waitlisted,
    AlreadyEnrolled,
    AlreadyWaiting,
    NotInAudience,
    NotOpen,
    Ended,
}

/// <summary>
/// 报名 and 退出报名 for a class, with its waiting list. Places are counted under a per-class lock (PostgreSQL advisory
/// lock; the write gate on SQLite), so two members taking the last place at once cannot both get it; a withdrawal
/// promotes the first on the waiting list in the same transaction and posts them a notice.
/// </summary>
public sealed class ClassEnrolments(NoticeBoard notices)
{
    public async Task<(EnrolOutcome Outcome, int Position)> EnrolAsync(
        OrgWorkDbContext db, TrainingClass trainingClass, Learner learner, DateTime utcNow, CancellationToken cancellationToken)
    {
        if (trainingClass.Enrolment != EnrolMode.Open)
        {
            return (EnrolOutcome.NotOpen, 0);
        }

        if (utcNow >= trainingClass.Ends)
        {
            return (EnrolOutcome.Ended, 0);
        }

        if (!(await MemberPlace.OfAsync(db, learner, cancellationToken)).IsIn(trainingClass.Audience))
        {
            return (EnrolOutcome.NotInAudience, 0);
        }

        await db.LockForTransactionAsync(LockName(trainingClass.Slug), cancellationToken);
        var row = await db.Enrolments.FirstOrDefaultAsync(e => e.ClassSlug == trainingClass.Slug && e.LearnerId == learner.Id, cancellationToken);
        switch (row?.Status)
        {
            case EnrolmentStatus.Enrolled:
                return (EnrolOutcome.AlreadyEnrolled, 0);
            case EnrolmentStatus.Waiting:
                return (EnrolOutcome.AlreadyWaiting, await ClassRoster.WaitingPositionAsync(db, row, cancellationToken));
        }

        var full = await ClassRoster.EnrolledCountAsync(db, trainingClass.Slug, cancellationToken) >= trainingClass.Capacity;
        if (row is null)
        {
            row = new Enrolment { ClassSlug = trainingClass.Slug, LearnerId = learner.Id };
            db.Enrolments.Add(row);
        }

        row.Status = full ? EnrolmentStatus.Waiting : EnrolmentStatus.Enrolled;
        row.Source = EnrolmentSource.Self;
        row.QueuedAt = utcNow;
        row.UpdatedAt = utcNow;
        if (!full)
        {
            return (EnrolOutcome.Enrolled, 0);
        }

        await db.SaveChangesAsync(cancellationToken);
        return (EnrolOutcome.Waitlisted, await ClassRoster.WaitingPositionAsync(db, row, cancellationToken));
    }

    /// <summary>Takes the member off the class (or its waiting list); a freed place goes to the first waiting.</summary>
    public async Task<EnrolmentStatus?> WithdrawAsync(
        OrgWorkDbContext db, TrainingClass trainingClass, Learner learner, DateTime utcNow, CancellationToken cancellationToken)
    {
        await db.LockForTransactionAsync(LockName(trainingClass.Slug), cancellationToken);
        var row = await db.Enrolments.FirstOrDefaultAsync(e => e.ClassSlug == trainingClass.Slug && e.LearnerId == learner.Id, cancellationToken);
        if (row is not { Status: EnrolmentStatus.Enrolled or EnrolmentStatus.Waiting })
        {
            return null;
        }

        var was = row.Status;
        row.Status = EnrolmentStatus.Withdrawn;
        row.UpdatedAt = utcNow;
        if (was == EnrolmentStatus.Enrolled && utcNow < trainingClass.Ends)
        {
            await db.SaveChangesAsync(cancellationToken);
            await PromoteAsync(db, trainingClass, utcNow, cancellationToken);
        }

        return was;
    }

    /// <summary>Adds members to a class as an admin decides (over capacity if need be); returns those newly added.</summary>
    public async Task<IReadOnlyList<Learner>> AddAsync(
        OrgWorkDbContext db, TrainingClass trainingClass, IReadOnlyList<Learner> learners, DateTime utcNow, CancellationToken cancellationToken)
    {
        await db.LockForTransactionAsync(LockName(trainingClass.Slug), cancellationToken);
        var ids = learners.Select(l => l.Id).ToList();
        var rows = await db.Enrolments.Where(e => e.ClassSlug == trainingClass.Slug && ids.Contains(e.LearnerId)).ToDictionaryAsync(e => e.LearnerId, cancellationToken);
        var added = new List<Learner>();
        foreach (var learner in learners.DistinctBy(l => l.Id))
        {
            if (rows.TryGetValue(learner.Id, out var row) && row.Status == EnrolmentStatus.Enrolled)
            {
                continue;
            }

            if (row is null)
            {
                row = new Enrolment { ClassSlug = trainingClass.Slug, LearnerId = learner.Id };
                db.Enrolments.Add(row);
            }

            row.Status = EnrolmentStatus.Enrolled;
            row.Source = EnrolmentSource.Admin;
            row.QueuedAt = utcNow;
            row.UpdatedAt = utcNow;
            added.Add(learner);
        }

        return added;
    }

    private async Task PromoteAsync(OrgWorkDbContext db, TrainingClass trainingClass, DateTime utcNow, CancellationToken cancellationToken)
    {
        var free = trainingClass.Capacity - await ClassRoster.EnrolledCountAsync(db, trainingClass.Slug, cancellationToken);
        if (free <= 0)
        {
            return;
        }

        var next = await db.Enrolments
            .Where(e => e.ClassSlug == trainingClass.Slug && e.Status == EnrolmentStatus.Waiting)
            .OrderBy(e => e.QueuedAt).ThenBy(e => e.Id)
            .Take(free)
            .ToListAsync(cancellationToken);
        foreach (var row in next)
        {
            row.Status = EnrolmentStatus.Enrolled;
            row.UpdatedAt = utcNow;
            var first = trainingClass.Sessions[0];
            var text = UiText.Format(UiText.ClassPromotedNotice, trainingClass.Title, ContentTime.Format(first.Starts), first.Place);
            await notices.PostAsync(
                db,
                new NoticeDraft(NoticeKind.Class, text, NoticeAudience.Learners([row.LearnerId]), Key: $"class:{trainingClass.Slug}:promoted:{row.LearnerId}:{utcNow.Ticks}"),
                utcNow,
                cancellationToken);
        }
    }

    private static string LockName(string classSlug) => "class-enrolment:" + classSlug;
}
