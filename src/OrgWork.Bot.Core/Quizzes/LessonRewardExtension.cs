using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Conversation.Browsing;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Rendering;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Quizzes;

/// <summary>Under a lesson's last page: the points for finishing it (once) and the button to its quiz.</summary>
public sealed class LessonRewardExtension(PointsLedger points, PointRules rules, StudyHours hours) : ILessonEndExtension
{
    public async Task ExtendAsync(ConversationContext context, Lesson lesson, bool justFinished, RichTextBuilder text, List<IReadOnlyList<Button>> rows, CancellationToken cancellationToken)
    {
        if (justFinished)
        {
            var awarded = await points.AwardAsync(context.Db, context.Learner.Id, PointReason.LessonFinished, lesson.Key, context.UtcNow, cancellationToken);
            text.Text(UiText.Format(UiText.LessonCredited, hours.FromMinutes(lesson.Minutes)));
            if (awarded > 0)
            {
                text.Text(" " + UiText.Format(UiText.PointsEarned, awarded));
            }
            else if (rules.For(PointReason.LessonFinished) is { Points: > 0 } rule)
            {
                // A first finish that earns nothing has met the day's cap: say so, rather than stay silent.
                text.Text(" " + UiText.Format(UiText.PointsCapReached, rule.DailyCap));
            }
        }

        if (lesson.Quiz.Count > 0)
        {
            rows.Add([new Button(UiText.Format(UiText.ButtonStartQuiz, lesson.Quiz.Count), QuizActions.ToStartLesson(lesson.Id))]);
        }
    }
}
