using System.Globalization;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Rendering;

namespace OrgWork.Bot.Core.Conversation.Browsing;

/// <summary>The course list, a course's table of contents and lesson pages, as replies.</summary>
public sealed class CatalogueViews(ProgressTracker progress, IEnumerable<ILessonEndExtension> lessonEndExtensions)
{
    public Reply CourseList(Catalogue catalogue)
    {
        var text = new RichTextBuilder().Bold(UiText.CatalogueTitle).Text("\n\n");
        if (catalogue.Courses.Count == 0)
        {
            return new Reply { Text = text.Text(UiText.CatalogueEmpty).Build() };
        }

        foreach (var (course, index) in catalogue.Courses.Select((c, i) => (c, i + 1)))
        {
            text.Text($"{index}. ").Bold(course.Title);
            if (course.Summary.Length > 0)
            {
                text.Text("\n   " + course.Summary);
            }

            text.Text("\n");
        }

        text.Text("\n" + UiText.CatalogueHint);
        var buttons = catalogue.Courses.Select(c => new Button(c.Title, BrowsingActions.ToCourse(c.Id)));
        return new Reply { Text = text.Build(), Buttons = ReplyFactory.Column(buttons) };
    }

    public async Task<Reply> CoursePageAsync(ConversationContext context, Course course, CancellationToken cancellationToken)
    {
        var finished = await progress.FinishedLessonKeysAsync(context.Db, context.Learner.Id, cancellationToken);
        var text = new RichTextBuilder().Bold(course.Title).Text("\n");
        if (course.Audience.Length > 0 || course.Tags.Count > 0)
        {
            text.Italic(string.Join(" · ", new[] { course.Audience }.Concat(course.Tags).Where(s => s.Length > 0))).Text("\n");
        }

        if (course.Introduction.Html.Length > 0)
        {
            text.Text("\n").Append(course.Introduction).Text("\n");
        }

        text.Text("\n");
        if (course.Lessons.Count == 0)
        {
            text.Text(UiText.CourseNoLessons);
        }
        else
        {
            var done = course.Lessons.Count(l => finished.Contains(l.Key));
            text.Text(UiText.Format(UiText.CourseLessons, course.Lessons.Count, course.TotalMinutes, done));
        }

        var buttons = course.Lessons
            .Select((l, i) => new Button(
                $"{(finished.Contains(l.Key) ? UiText.LessonDone + " " : "")}{i + 1}. {l.Title}",
                BrowsingActions.ToLessonPage(l.Id, 1)))
            .Append(new Button(UiText.ButtonBackToCatalogue, BrowsingActions.ToCatalogue()));
        return new Reply { Text = text.Build(), Buttons = ReplyFactory.Column(buttons) };
    }

    /// <summary>Shows page <paramref name="page"/> (1-based) and records the learner's progress.</summary>
    public async Task<Reply> LessonPageAsync(ConversationContext context, Lesson lesson, int page, CancellationToken cancellationToken)
    {
        page = Math.Clamp(page, 1, lesson.Pages.Count);
        var justFinished = await progress.RecordPageAsync(context.Db, context.Learner.Id, lesson, page, context.UtcNow, cancellationToken);
        var isLast = page == lesson.Pages.Count;

        var text = new RichTextBuilder().Bold(lesson.Title);
        if (lesson.Pages.Count > 1)
        {
            text.Text(UiText.Format(UiText.LessonPageHeader, page, lesson.Pages.Count));
        }

        text.Text("\n\n").Append(lesson.Pages[page - 1]);
        var rows = new List<IReadOnlyList<Button>>();
        var paging = new List<Button>();
        if (page > 1)
        {
            paging.Add(new Button(UiText.ButtonPrevious, BrowsingActions.ToLessonPage(lesson.Id, page - 1)));
        }

        if (!isLast)
        {
            paging.Add(new Button(UiText.ButtonNext, BrowsingActions.ToLessonPage(lesson.Id, page + 1)));
        }

        if (paging.Count > 0)
        {
            rows.Add(paging);
        }

        if (isLast)
        {
            await AddLessonEndAsync(context, lesson, justFinished, text, rows, cancellationToken);
        }

        var course = context.Catalogue.CourseOf(lesson);
        if (course is not null)
        {
            rows.Add([new Button(UiText.ButtonBackToCourse, BrowsingActions.ToCourse(course.Id))]);
        }

        return new Reply { Text = text.Build(), Buttons = rows };
    }

    private async Task AddLessonEndAsync(ConversationContext context, Lesson lesson, bool justFinished, RichTextBuilder text, List<IReadOnlyList<Button>> rows, CancellationToken cancellationToken)
    {
        text.Text("\n\n" + UiText.LessonFinished);
        foreach (var extension in lessonEndExtensions)
        {
            await extension.ExtendAsync(context, lesson, justFinished, text, rows, cancellationToken);
        }

        var course = context.Catalogue.CourseOf(lesson);
        var next = course?.Lessons.SkipWhile(l => l.Id != lesson.Id).Skip(1).FirstOrDefault();
        if (next is not null)
        {
            rows.Add([new Button(UiText.Format(UiText.ButtonNextLesson, next.Title), BrowsingActions.ToLessonPage(next.Id, 1))]);
        }
    }
}
