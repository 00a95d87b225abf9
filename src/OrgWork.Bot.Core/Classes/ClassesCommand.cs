using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Classes.Reports;
using OrgWork.Bot.Core.Classes.Storage;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Content.Parsing;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Classes;

/// <summary><c>/classes</c> (培训班): the classes open to the member, each with its page.</summary>
public sealed class ClassesCommand(ClassViews views) : ICommandHandler
{
    public string Name => "classes";

    public string Description => UiText.CommandClasses;

    public bool IsPrivateFlow => true;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, string arguments, CancellationToken cancellationToken) =>
        ConversationResult.Of(await views.ListAsync(context, cancellationToken));
}

/// <summary>Shared by the class buttons: the class a payload names, if it still exists.</summary>
internal static class ClassPayload
{
    public static TrainingClass? Class(ConversationContext context, ButtonPayload payload) =>
        payload.Argument(0) is { } id ? context.Catalogue.FindClassById(id) : null;

    public static ClassSession? Session(TrainingClass trainingClass, ButtonPayload payload) =>
        payload.NumberArgument(1) is { } number ? trainingClass.FindSession(number) : null;
}

public sealed class ClassListButton(ClassViews views) : IButtonHandler
{
    public string Action => ClassActions.List;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, ButtonPayload payload, CancellationToken cancellationToken) =>
        ConversationResult.Of(await views.ListAsync(context, cancellationToken) with { ReplacesSource = true });
}

public sealed class ClassViewButton(ClassViews views) : IButtonHandler
{
    public string Action => ClassActions.View;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, ButtonPayload payload, CancellationToken cancellationToken) =>
        ClassPayload.Class(context, payload) is { } trainingClass
            ? ConversationResult.Of(await views.PageAsync(context, trainingClass, cancellationToken) with { ReplacesSource = true })
            : ConversationResult.Notice(UiText.StaleButton);
}

/// <summary>报名: a place, or the waiting list when the class is full.</summary>
public sealed class EnrolButton(ClassEnrolments enrolments, ClassViews views) : IButtonHandler
{
    public string Action => ClassActions.Enrol;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, ButtonPayload payload, CancellationToken cancellationToken)
    {
        if (ClassPayload.Class(context, payload) is not { } trainingClass)
        {
            return ConversationResult.Notice(UiText.StaleButton);
        }

        var (outcome, position) = await enrolments.EnrolAsync(context.Db, trainingClass, context.Learner, context.UtcNow, cancellationToken);
        var first = trainingClass.Sessions[0];
        var message = outcome switch
        {
            EnrolOutcome.Enrolled => UiText.Format(UiText.ClassEnrolled, trainingClass.Title, ContentTime.Format(first.Starts), first.Place),
            EnrolOutcome.Waitlisted => UiText.Format(UiText.ClassWaitlisted, trainingClass.Title, position),
            EnrolOutcome.AlreadyEnrolled => UiText.Format(UiText.ClassAlreadyEnrolled, trainingClass.Title),
            EnrolOutcome.AlreadyWaiting => UiText.Format(UiText.ClassAlreadyWaiting, trainingClass.Title, position),
            EnrolOutcome.NotOpen => UiText.Format(UiText.ClassNotOpenForEnrolment, trainingClass.Title),
            EnrolOutcome.Ended => UiText.Format(UiText.ClassEnded, trainingClass.Title),
            _ => UiText.Format(UiText.ClassNotForYou, trainingClass.Title),
        };

        await context.Db.SaveChangesAsync(cancellationToken);
        return ConversationResult.Of(
            await views.PageAsync(context, trainingClass, cancellationToken) with { ReplacesSource = true },
            ReplyFactory.Plain(message));
    }
}

/// <summary>退出报名 asks first: a place given up goes to the waiting list at once.</summary>
public sealed class AskWithdrawButton : IButtonHandler
{
    public string Action => ClassActions.AskWithdraw;

    public Task<ConversationResult> HandleAsync(ConversationContext context, ButtonPayload payload, CancellationToken cancellationToken)
    {
        if (ClassPayload.Class(context, payload) is not { } trainingClass)
        {
            return Task.FromResult(ConversationResult.Notice(UiText.StaleButton));
        }

        var id = ContentIds.ForClass(trainingClass.Slug);
        var reply = ReplyFactory.Format(UiText.ClassWithdrawAsk, trainingClass.Title) with
        {
            Buttons = [[new Button(UiText.ClassButtonWithdrawConfirm, ClassActions.ToWithdraw(id)), new Button(UiText.ClassButtonBack, ClassActions.ToView(id))]],
        };
        return Task.FromResult(ConversationResult.Of(reply));
    }
}

public sealed class WithdrawButton(ClassEnrolments enrolments) : IButtonHandler
{
    public string Action => ClassActions.Withdraw;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, ButtonPayload payload, CancellationToken cancellationToken)
    {
        if (ClassPayload.Class(context, payload) is not { } trainingClass)
        {
            return ConversationResult.Notice(UiText.StaleButton);
        }

        var was = await enrolments.WithdrawAsync(context.Db, trainingClass, context.Learner, context.UtcNow, cancellationToken);
        var text = was switch
        {
            EnrolmentStatus.Enrolled => UiText.Format(UiText.ClassWithdrawn, trainingClass.Title),
            EnrolmentStatus.Waiting => UiText.Format(UiText.ClassWithdrawnFromWaitlist, trainingClass.Title),
            _ => UiText.Format(UiText.ClassNotEnrolled, trainingClass.Title),
        };
        return ConversationResult.Of(ReplyFactory.Plain(text) with { ReplacesSource = true });
    }
}

/// <summary>学员名单 (trainers and admins): participants with their attendance, the sessions' average ratings, then the waiting list.</summary>
public sealed class RosterButton : IButtonHandler
{
    private const int MaxLines = 100;

    public string Action => ClassActions.Roster;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, ButtonPayload payload, CancellationToken cancellationToken)
    {
        if (context.Role < Role.Trainer || ClassPayload.Class(context, payload) is not { } trainingClass)
        {
            return ConversationResult.Notice(UiText.StaleButton);
        }

        var db = context.Db;
        var participants = ClassRoster.Participants(db, trainingClass);
        var total = await participants.CountAsync(cancellationToken);
        var rows = await participants
            .OrderBy(l => l.DisplayName).ThenBy(l => l.Id)
            .Take(MaxLines)
            .Select(l => new
            {
                l.DisplayName,
                Branch = db.Branches.Where(b => b.Id == l.BranchId).Select(b => b.Name).FirstOrDefault(),
                Attended = db.Attendances.Count(a => a.ClassSlug == trainingClass.Slug && a.LearnerId == l.Id),
            })
            .ToListAsync(cancellationToken);
        var waiting = await db.Enrolments
            .Where(e => e.ClassSlug == trainingClass.Slug && e.Status == EnrolmentStatus.Waiting)
            .OrderBy(e => e.QueuedAt).ThenBy(e => e.Id)
            .Select(e => new
            {
                Name = db.Learners.Where(l => l.Id == e.LearnerId).Select(l => l.DisplayName).FirstOrDefault(),
                Branch = db.Learners.Where(l => l.Id == e.LearnerId).SelectMany(l => db.Branches.Where(b => b.Id == l.BranchId)).Select(b => b.Name).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);

        var text = new Rendering.RichTextBuilder().Bold(UiText.Format(UiText.ClassRosterTitle, trainingClass.Title, total, waiting.Count));
        if (total == 0)
        {
            text.Text("\n" + UiText.ClassRosterEmpty);
        }

        foreach (var (row, index) in rows.Select((r, i) => (r, i + 1)))
        {
            text.Text("\n" + UiText.Format(UiText.ClassRosterLine, index, row.DisplayName, row.Branch ?? UiText.ClassNoBranch, row.Attended, trainingClass.Sessions.Count));
        }

        if (total > rows.Count)
        {
            text.Text("\n" + UiText.Format(UiText.ClassRosterMore, total));
        }

        var ratings = await ClassReport.RatingsAsync(db, trainingClass, cancellationToken);
        if (ratings.Overall.Average is { } overall)
        {
            text.Text("\n\n").Bold(UiText.ClassRatingsTitle);
            foreach (var session in trainingClass.Sessions)
            {
                var rating = ratings.BySession[session.Number];
                text.Text("\n" + (rating.Average is { } average
                    ? UiText.Format(UiText.ClassRatingsLine, session.Number, session.Title, Stars(average), rating.Count)
                    : UiText.Format(UiText.ClassRatingsNone, session.Number, session.Title)));
            }

            text.Text("\n" + UiText.Format(UiText.ClassRatingsOverall, Stars(overall), ratings.Overall.Count));
        }

        if (waiting.Count > 0)
        {
            text.Text("\n\n").Bold(UiText.ClassRosterWaitingTitle);
            foreach (var (row, index) in waiting.Take(MaxLines).Select((r, i) => (r, i + 1)))
            {
                text.Text("\n" + UiText.Format(UiText.ClassRosterWaitingLine, index, row.Name ?? "", row.Branch ?? UiText.ClassNoBranch));
            }
        }

        return ConversationResult.Of(new Reply { Text = text.Build(), IsPrivate = true });
    }

    private static string Stars(double average) => average.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
}
