using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Certificates;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Plans;
using OrgWork.Bot.Core.Rendering;
using OrgWork.Bot.Core.Reports.Ledger;

namespace OrgWork.Bot.Core.Reports;

/// <summary>
/// <c>/me</c>: points, study hours against the yearly target, streak, the member's study plans, courses, accuracy, reviews
/// due; <c>/me 明细</c> lists every points and 学时 row (<see cref="MeDetail"/>).
/// </summary>
public sealed class MeCommand(PointsLedger points, StudyHours hours, StreakCalculator streaks, LearningClock clock, ProgressTracker progress, StudyPlans plans, MeDetail detail) : ICommandHandler
{
    public string Name => "me";

    public bool IsPrivateFlow => true;

    public string Description => UiText.CommandMe;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, string arguments, CancellationToken cancellationToken)
    {
        if (MeDetail.IsRequested(arguments))
        {
            return ConversationResult.Of(await detail.ReplyAsync(context, 1, cancellationToken));
        }

        var db = context.Db;
        var learnerId = context.Learner.Id;
        var total = await points.TotalAsync(db, learnerId, cancellationToken);
        var week = await points.TotalAsync(db, learnerId, cancellationToken, clock.WeekStart(context.UtcNow));
        var studied = await hours.ThisYearAsync(db, learnerId, context.UtcNow, cancellationToken);
        var streak = await streaks.CurrentAsync(db, learnerId, context.UtcNow, cancellationToken);
        var finished = await progress.FinishedLessonKeysAsync(db, learnerId, cancellationToken);
        var answered = await db.QuizAnswers.CountAsync(a => a.LearnerId == learnerId, cancellationToken);
        var correct = await db.QuizAnswers.CountAsync(a => a.LearnerId == learnerId && a.IsCorrect, cancellationToken);
        var due = await db.ReviewItems.CountAsync(r => r.LearnerId == learnerId && r.MasteredAt == null && r.DueAt <= context.UtcNow, cancellationToken);
        var branch = context.Learner.BranchId is { } branchId
            ? await db.Branches.Where(b => b.Id == branchId).Select(b => b.Name).FirstOrDefaultAsync(cancellationToken)
            : null;

        var text = new RichTextBuilder().Bold(UiText.Format(UiText.MeTitle, context.Learner.DisplayName)).Text("\n");
        text.Text("\n" + UiText.Format(UiText.MeBranch, branch ?? UiText.MeNoBranch, UiText.RoleName(context.Role)));
        text.Text("\n" + UiText.Format(UiText.MePoints, total, week));
        text.Text("\n" + UiText.Format(UiText.MeStudyHours, studied, hours.Target, hours.Target <= 0 ? 0 : Math.Min(100, (int)(100 * studied / hours.Target))));
        text.Text("\n" + UiText.Format(UiText.MeStreak, streak));
        text.Text("\n" + (answered > 0
            ? UiText.Format(UiText.MeAccuracy, correct, answered, 100 * correct / answered)
            : UiText.MeNoAnswers));
        text.Text("\n" + UiText.Format(UiText.MeReviewDue, due));
        if (await CertificateBook.CountValidAsync(db, learnerId, cancellationToken) is > 0 and var certificates)
        {
            text.Text("\n" + UiText.Format(UiText.MeCertificates, certificates));
        }

        text.Text("\n" + UiText.LedgerHint);
        var myPlans = await plans.OfMemberAsync(db, context.Learner, context.Catalogue, context.UtcNow, cancellationToken);
        if (myPlans.Count > 0)
        {
            text.Text("\n\n").Bold(UiText.PlanTitle);
            PlanLines.Append(text, myPlans, clock.LocalDate(context.UtcNow));
        }

        text.Text("\n\n").Bold(UiText.MeCourses);
        foreach (var course in context.Catalogue.Courses)
        {
            text.Text("\n• " + UiText.Format(UiText.MeCourseLine, course.Title, course.Lessons.Count(l => finished.Contains(l.Key)), course.Lessons.Count));
        }

        return ConversationResult.Of(new Reply { Text = text.Build() });
    }
}
