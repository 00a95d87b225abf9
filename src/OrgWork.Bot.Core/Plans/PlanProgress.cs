using OrgWork.Bot.Core.Content;

namespace OrgWork.Bot.Core.Plans;

/// <summary>One member's progress on one study plan: each required course's finished lessons, and the year's 学时.</summary>
public sealed record PlanProgress(StudyPlan Plan, IReadOnlyList<CourseProgress> Courses, double Hours)
{
    public bool CoursesDone => Courses.All(c => c.IsDone);

    public bool HoursDone => Plan.Hours is not { } required || Hours >= required;

    public bool IsComplete => CoursesDone && HoursDone;

    public int CoursesLeft => Courses.Count(c => !c.IsDone);

    /// <summary>
    /// The progress of a member who finished <paramref name="finishedLessonKeys"/> and studied <paramref name="hours"/> 学时 this year.
    /// A required course missing from the catalogue counts as not done with no lessons.
    /// </summary>
    public static PlanProgress Of(StudyPlan plan, Catalogue catalogue, IReadOnlySet<string> finishedLessonKeys, double hours) =>
        new(plan, [.. plan.Courses.Select(slug => CourseProgress.Of(slug, catalogue, finishedLessonKeys))], hours);
}

/// <summary>A required course: its title and how many of its lessons the member finished.</summary>
public sealed record CourseProgress(string Slug, string Title, int Finished, int Total)
{
    public bool IsDone => Total > 0 && Finished >= Total;

    public static CourseProgress Of(string slug, Catalogue catalogue, IReadOnlySet<string> finishedLessonKeys)
    {
        var course = catalogue.Courses.FirstOrDefault(c => c.Slug == slug);
        return course is null
            ? new CourseProgress(slug, slug, 0, 0)
            : new CourseProgress(slug, course.Title, course.Lessons.Count(l => finishedLessonKeys.Contains(l.Key)), course.Lessons.Count);
    }
}
