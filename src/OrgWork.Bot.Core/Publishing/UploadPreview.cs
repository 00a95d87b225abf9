using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Quizzes;
using OrgWork.Bot.Core.Rendering;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Publishing;

/// <summary>
/// The replies to an upload: the validation report (the loader's own <c>path:line: 错误|警告 [CODE]: 说明</c> lines, by file and line)
/// with what would change, then the first page as learners will see it (the first question for a bank)
/// with 发布 / 取消, or the courses to choose from.
/// </summary>
public sealed class UploadPreview(QuestionView questions)
{
    private const int MaxDiagnostics = 20;
    private const int MaxLineLength = 200;
    private const int MaxPlanLines = 15;

    public Reply Report(string fileName, IReadOnlyList<Diagnostic> diagnostics)
    {
        var text = ReportText(fileName, diagnostics);
        if (diagnostics.Any(d => d.IsError))
        {
            text.Text("\n\n" + UiText.ReportRejected);
        }

        return new Reply { Text = text.Build() };
    }

    public ConversationResult Staged(StagedUpload upload, UploadPlan plan, UploadValidation validation, IReadOnlyList<Diagnostic> diagnostics, Catalogue live)
    {
        var report = ReportText(upload.FileName, diagnostics);
        var preview = Preview(plan, validation.Catalogue);
        IReadOnlyList<IReadOnlyList<Button>> buttons;
        if (upload.Status == UploadStatus.AwaitingTarget)
        {
            report.Text("\n\n" + (live.Courses.Count == 0 ? UiText.PlanNoCourses : upload.Kind == UploadKind.CourseFile ? UiText.PlanChooseCourseFile : UiText.PlanChooseCourse));
            buttons = ReplyFactory.Column(live.Courses
                .Select(c => new Button(UiText.Format(UiText.ButtonTargetCourse, c.Title), PublishingActions.ToTarget(upload.Id, c.Id)))
                .Append(new Button(UiText.ButtonCancelUpload, PublishingActions.ToCancel(upload.Id))));
        }
        else
        {
            report.Text("\n\n").Append(PlanText(upload, plan));
            preview.Text("\n\n" + UiText.PreviewHint);
            buttons = [ReadyButtons(upload.Id)];
        }

        return ConversationResult.Of(new Reply { Text = report.Build() }, new Reply { Text = preview.Build(), Buttons = buttons });
    }

    /// <summary>After the course was chosen: where the file goes, and 发布 / 取消.</summary>
    public ConversationResult Targeted(StagedUpload upload, IReadOnlyList<Diagnostic> diagnostics)
    {
        var text = ReportText(upload.FileName, diagnostics).Text("\n\n").Append(PlanText(upload, null)).Text("\n\n" + UiText.PreviewHint);
        return ConversationResult.Of(new Reply { Text = text.Build(), Buttons = [ReadyButtons(upload.Id)] });
    }

    private static IReadOnlyList<Button> ReadyButtons(long uploadId) =>
        [new Button(UiText.ButtonPublish, PublishingActions.ToPublish(uploadId)), new Button(UiText.ButtonCancelUpload, PublishingActions.ToCancel(uploadId))];

    private static RichTextBuilder ReportText(string fileName, IReadOnlyList<Diagnostic> diagnostics)
    {
        var text = new RichTextBuilder().Bold(UiText.Format(UiText.UploadReportTitle, fileName)).Text("\n");
        if (diagnostics.Count == 0)
        {
            return text.Text(UiText.ReportClean);
        }

        text.Text(UiText.Format(UiText.ReportCounts, diagnostics.Count(d => d.IsError), diagnostics.Count(d => !d.IsError)));
        foreach (var diagnostic in diagnostics.InReadingOrder().Take(MaxDiagnostics))
        {
            var line = diagnostic.ToString();
            text.Text("\n" + (line.Length > MaxLineLength ? line[..MaxLineLength] + "…" : line));
        }

        if (diagnostics.Count > MaxDiagnostics)
        {
            text.Text("\n" + UiText.Format(UiText.ReportMore, diagnostics.Count - MaxDiagnostics));
        }

        return text;
    }

    private static RichText PlanText(StagedUpload upload, UploadPlan? plan)
    {
        var text = new RichTextBuilder();
        var added = upload.Files.Where(f => f.BaseHash is null).ToList();
        var updated = upload.Files.Where(f => f.BaseHash is not null && f.BaseHash != f.Hash).ToList();
        var same = upload.Files.Where(f => f.BaseHash == f.Hash).ToList();
        if (upload.Kind == UploadKind.Course && plan is not null)
        {
            var slug = upload.Files[0].Path.Split('/')[1];
            text.Text(UiText.Format(UiText.PlanCourse, slug, added.Count, updated.Count, same.Count));
        }

        var lines = added.Select(f => UiText.Format(UiText.PlanNew, f.Path))
            .Concat(updated.Select(f => UiText.Format(UiText.PlanUpdate, f.Path)))
            .Concat(upload.Kind == UploadKind.Course ? [] : same.Select(f => UiText.Format(UiText.PlanSame, f.Path)))
            .ToList();
        foreach (var line in lines.Take(MaxPlanLines))
        {
            text.Text((text.IsEmpty ? "" : "\n") + line);
        }

        if (lines.Count > MaxPlanLines)
        {
            text.Text("\n" + UiText.Format(UiText.ReportMore, lines.Count - MaxPlanLines));
        }

        return text.Build();
    }

    private RichTextBuilder Preview(UploadPlan plan, Catalogue validated)
    {
        var main = plan.ValidationFiles.Last(f => ContentPaths.IsMarkdown(f.Path)).Path;
        switch (plan.Kind)
        {
            case UploadKind.Bank when validated.Banks.FirstOrDefault(b => b.SourcePath == main) is { Questions.Count: > 0 } bank:
                var attempt = new QuizAttempt { QuestionIds = string.Join(',', bank.Questions.Select(q => q.Id)) };
                return new RichTextBuilder().Bold(UiText.Format(UiText.PreviewBank, bank.Questions.Count)).Text("\n\n").Append(questions.Question(attempt, bank.Questions[0]).Text);
            case UploadKind.Course:
                var slug = main.Split('/')[1];
                var course = validated.Courses.FirstOrDefault(c => c.Slug == slug);
                var text = new RichTextBuilder();
                if (course is not null)
                {
                    text.Bold(UiText.Format(UiText.PreviewCourse, course.Title, course.Lessons.Count));
                    foreach (var (lesson, index) in course.Lessons.Select((l, i) => (l, i + 1)))
                    {
                        text.Text($"\n{index}. {lesson.Title}");
                    }

                    if (course.Lessons.Count > 0)
                    {
                        text.Text("\n\n").Append(LessonPreview(course.Lessons[0]));
                    }
                }

                return text;
            case UploadKind.CourseFile when validated.Courses.FirstOrDefault(c => c.SourcePath == main) is { } introduced:
                return new RichTextBuilder().Bold(UiText.PreviewIntroduction).Text("\n\n").Bold(introduced.Title).Text("\n").Append(introduced.Introduction);
            default:
                return validated.Lessons.FirstOrDefault(l => l.SourcePath == main) is { } single
                    ? new RichTextBuilder().Append(LessonPreview(single))
                    : new RichTextBuilder();
        }
    }

    /// <summary>Page 1 with the header learners see (<see cref="Conversation.Browsing.CatalogueViews"/>), without recording progress.</summary>
    private static RichText LessonPreview(Lesson lesson)
    {
        var text = new RichTextBuilder().Bold(UiText.PreviewLesson).Text("\n\n").Bold(lesson.Title);
        if (lesson.Pages.Count > 1)
        {
            text.Text(UiText.Format(UiText.LessonPageHeader, 1, lesson.Pages.Count));
        }

        return text.Text("\n\n").Append(lesson.Pages[0]).Build();
    }
}
