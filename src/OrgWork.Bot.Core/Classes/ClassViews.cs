using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Certificates.Storage;
using OrgWork.Bot.Core.Classes.Storage;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Content.Parsing;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Rendering;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Classes;

/// <summary>The class list (<c>/classes</c>) and a class's page: timetable, the member's attendance and standing, and its buttons.</summary>
public sealed class ClassViews(AttendanceBook attendance)
{
    /// <summary>How many ended, attended and unrated sessions offer a 评价 button at once.</summary>
    private const int RatingButtons = 3;

    public async Task<Reply> ListAsync(ConversationContext context, CancellationToken cancellationToken)
    {
        var db = context.Db;
        var place = await MemberPlace.OfAsync(db, context.Learner, cancellationToken);
        var mine = await db.Enrolments
            .Where(e => e.LearnerId == context.Learner.Id && e.Status != EnrolmentStatus.Withdrawn)
            .ToDictionaryAsync(e => e.ClassSlug, cancellationToken);
        var staff = context.Role >= Role.Trainer;
        var shown = context.Catalogue.Classes
            .Where(c => mine.ContainsKey(c.Slug) || (context.UtcNow < c.Ends && (staff || place.IsIn(c.Audience))))
            .ToList();

        var text = new RichTextBuilder().Bold(UiText.ClassListTitle);
        var buttons = new List<IReadOnlyList<Button>>();
        if (shown.Count == 0)
        {
            text.Text("\n" + UiText.ClassNone);
        }

        var slugs = shown.Select(c => c.Slug).ToList();
        var enrolled = await db.Enrolments
            .Where(e => slugs.Contains(e.ClassSlug) && e.Status == EnrolmentStatus.Enrolled)
            .GroupBy(e => e.ClassSlug)
            .Select(g => new { Slug = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Slug, g => g.Count, cancellationToken);
        foreach (var trainingClass in shown)
        {
            text.Text("\n\n" + UiText.Format(UiText.ClassListItem, trainingClass.Title, Dates(trainingClass), trainingClass.Place.Length > 0 ? trainingClass.Place : trainingClass.Sessions[0].Place));
            if (trainingClass.Enrolment == EnrolMode.Assigned)
            {
                text.Text("\n" + UiText.ClassAssignedLabel);
            }
            else
            {
                var free = trainingClass.Capacity - enrolled.GetValueOrDefault(trainingClass.Slug);
                text.Text("\n" + (free > 0 ? UiText.Format(UiText.ClassFreePlaces, trainingClass.Capacity, free) : UiText.Format(UiText.ClassFull, trainingClass.Capacity)));
            }

            if (mine.TryGetValue(trainingClass.Slug, out var row))
            {
                text.Text(row.Status == EnrolmentStatus.Enrolled
                    ? UiText.ClassMineEnrolled
                    : UiText.Format(UiText.ClassMineWaiting, await ClassRoster.WaitingPositionAsync(db, row, cancellationToken)));
            }

            buttons.Add([new Button(UiText.Format(UiText.ClassButtonOpen, trainingClass.Title), ClassActions.ToView(ContentIds.ForClass(trainingClass.Slug)))]);
        }

        return new Reply { Text = text.Build(), Buttons = buttons };
    }

    public async Task<Reply> PageAsync(ConversationContext context, TrainingClass trainingClass, CancellationToken cancellationToken)
    {
        var db = context.Db;
        var now = context.UtcNow;
        var id = ContentIds.ForClass(trainingClass.Slug);
        var standing = await ClassRoster.StandingAsync(db, trainingClass, context.Learner, cancellationToken);
        var attended = await db.Attendances
            .Where(a => a.ClassSlug == trainingClass.Slug && a.LearnerId == context.Learner.Id)
            .Select(a => a.SessionNumber)
            .ToListAsync(cancellationToken);
        var rated = await db.SessionRatings
            .Where(r => r.ClassSlug == trainingClass.Slug && r.LearnerId == context.Learner.Id)
            .Select(r => r.SessionNumber)
            .ToListAsync(cancellationToken);

        var text = new RichTextBuilder().Bold(UiText.Format(UiText.ClassPageTitle, trainingClass.Title));
        if (trainingClass.Place.Length > 0)
        {
            text.Text("\n" + UiText.Format(UiText.ClassPagePlace, trainingClass.Place));
        }

        if (trainingClass.Description.Plain.Length > 0)
        {
            text.Text("\n\n").Append(trainingClass.Description);
        }

        text.Text("\n\n").Bold(UiText.ClassPageTimetable);
        foreach (var session in trainingClass.Sessions)
        {
            var mark = attended.Contains(session.Number) ? UiText.ClassAttended : session.Ends > now ? UiText.ClassUpcoming : UiText.ClassAbsent;
            text.Text("\n" + UiText.Format(UiText.ClassPageSession, mark, session.Number, session.Title, ContentTime.Format(session.Starts), session.Minutes, session.Place));
        }

        text.Text("\n\n" + Status(trainingClass, standing, attended.Count));
        if (trainingClass.ExamSlug is { } examSlug && context.Catalogue.FindExam(examSlug) is { } exam)
        {
            text.Text("\n" + UiText.Format(UiText.ClassPageExam, exam.Title));
        }

        var certificate = await db.Certificates
            .Where(c => c.LearnerId == context.Learner.Id && c.Source == CertificateSource.Class && c.SourceKey == trainingClass.Slug && c.RevokedAt == null)
            .Select(c => c.Serial)
            .FirstOrDefaultAsync(cancellationToken);
        if (certificate is not null)
        {
            text.Text("\n" + UiText.Format(UiText.ClassPageCertificate, certificate));
        }

        var buttons = new List<IReadOnlyList<Button>>();
        if (now < trainingClass.Ends)
        {
            if (standing.Kind == StandingKind.None && trainingClass.Enrolment == EnrolMode.Open
                && (await MemberPlace.OfAsync(db, context.Learner, cancellationToken)).IsIn(trainingClass.Audience))
            {
                var full = await ClassRoster.EnrolledCountAsync(db, trainingClass.Slug, cancellationToken) >= trainingClass.Capacity;
                buttons.Add([new Button(full ? UiText.ClassButtonWaitlist : UiText.ClassButtonEnrol, ClassActions.ToEnrol(id))]);
            }
            else if (standing.Kind is StandingKind.Enrolled or StandingKind.Waiting && trainingClass.Enrolment == EnrolMode.Open)
            {
                buttons.Add([new Button(UiText.ClassButtonWithdraw, ClassActions.ToAskWithdraw(id))]);
            }
        }

        var toRate = trainingClass.Sessions
            .Where(s => s.Ends <= now && attended.Contains(s.Number) && !rated.Contains(s.Number))
            .OrderByDescending(s => s.Number).Take(RatingButtons)
            .Select(s => new Button(UiText.Format(UiText.ClassButtonRate, s.Number), ClassActions.ToAskRating(id, s.Number)))
            .ToList();
        if (toRate.Count > 0)
        {
            buttons.Add(toRate);
        }

        if (context.Role >= Role.Trainer)
        {
            var staffRow = new List<Button> { new(UiText.ClassButtonRoster, ClassActions.ToRoster(id)) };
            staffRow.AddRange(trainingClass.Sessions.Where(s => attendance.IsOpen(s, now))
                .Select(s => new Button(UiText.Format(UiText.ClassButtonShowCode, s.Number), ClassActions.ToShowCode(id, s.Number))));
            buttons.Add(staffRow);
        }

        buttons.Add([new Button(UiText.ClassButtonBack, ClassActions.ToList())]);
        return new Reply { Text = text.Build(), Buttons = buttons };
    }

    public static string Dates(TrainingClass trainingClass)
    {
        var first = ContentTime.Format(trainingClass.Starts);
        var last = ContentTime.Format(trainingClass.Sessions[^1].Starts);
        return first[..10] == last[..10] ? first : UiText.Format(UiText.ClassDateRange, first[..10], last[..10]);
    }

    private static string Status(TrainingClass trainingClass, Standing standing, int attended) => standing.Kind switch
    {
        StandingKind.Enrolled => UiText.Format(UiText.ClassPageStatusEnrolled, attended, trainingClass.Sessions.Count, trainingClass.CertificateAttendance),
        StandingKind.Assigned => UiText.Format(UiText.ClassPageStatusAssigned, attended, trainingClass.Sessions.Count, trainingClass.CertificateAttendance),
        StandingKind.Waiting => UiText.Format(UiText.ClassPageStatusWaiting, standing.Position),
        _ => trainingClass.Enrolment == EnrolMode.Open ? UiText.ClassPageStatusNone : UiText.ClassPageStatusNotAssigned,
    };

    internal static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
