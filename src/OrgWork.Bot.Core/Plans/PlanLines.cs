using System.Globalization;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Rendering;

namespace OrgWork.Bot.Core.Plans;

/// <summary>A member's plans as lines of <c>/me</c>: due date and days left, each required course's lessons, the 学时.</summary>
public static class PlanLines
{
    public static void Append(RichTextBuilder text, IEnumerable<PlanProgress> plans, DateOnly today)
    {
        foreach (var plan in plans)
        {
            var days = plan.Plan.Due.DayNumber - today.DayNumber;
            var when = days switch
            {
                > 0 => UiText.Format(UiText.PlanDaysLeft, days),
                0 => UiText.PlanDueToday,
                _ => UiText.Format(UiText.PlanOverdue, -days),
            };
            text.Text("\n" + UiText.Format(UiText.PlanLine, plan.Plan.Title, plan.Plan.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), plan.IsComplete ? "✅" : when));
            foreach (var course in plan.Courses)
            {
                text.Text("\n" + UiText.Format(UiText.PlanCourseLine, course.IsDone ? "✅" : "⬜", course.Title, course.Finished, course.Total));
            }

            if (plan.Plan.Hours is { } required)
            {
                text.Text("\n" + UiText.Format(UiText.PlanHoursLine, plan.HoursDone ? "✅" : "⬜", plan.Hours.ToString("0.#", CultureInfo.InvariantCulture), required.ToString("0.#", CultureInfo.InvariantCulture)));
            }
        }
    }
}
