using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Content.Parsing;
using OrgWork.Bot.Core.Rendering;

namespace OrgWork.Bot.Core.Content;

/// <summary>
/// Loads the content folder into a <see cref="Catalogue"/>. Every file is checked and every problem
/// reported; a file with errors is skipped, and the version of it in <c>previous</c> (if any) stays live.
/// </summary>
public sealed class ContentLoader(IOptions<ContentOptions> options, MarkdownRenderer renderer)
{
    private readonly ContentOptions _options = options.Value;

    public async Task<ContentLoadResult> LoadAsync(string root, Catalogue? previous, CancellationToken cancellationToken)
    {
        var diagnostics = new List<Diagnostic>();
        if (!Directory.Exists(root))
        {
            diagnostics.Add(new Diagnostic(root, 1, DiagnosticLevel.Error, "content folder does not exist"));
            return new ContentLoadResult(previous ?? Catalogue.Empty, diagnostics, 0);
        }

        var paginator = new Paginator(renderer, _options.PageSize);
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(full => (Full: full, Relative: Path.GetRelativePath(root, full).Replace('\\', '/')))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .ToList();

        var courseFiles = new Dictionary<string, Course?>(StringComparer.Ordinal);
        var lessonsByCourse = new Dictionary<string, List<Lesson>>(StringComparer.Ordinal);
        var banks = new List<QuestionBank>();
        var policies = new List<PolicyDocumentFile>();
        var filesRead = 0;

        foreach (var (full, relative) in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var display = Path.Combine(root, relative).Replace('\\', '/');
            var bag = new DiagnosticBag(display);
            var parts = relative.Split('/');
            var extension = Path.GetExtension(relative);

            if (parts[0] == ContentLayout.PoliciesFolder)
            {
                if (ContentLayout.PolicyExtensions.Contains(extension))
                {
                    policies.Add(new PolicyDocumentFile(relative, full));
                    if (extension.Equals(".md", StringComparison.OrdinalIgnoreCase))
                    {
                        filesRead++;
                        await CheckPolicyAsync(full, bag, cancellationToken);
                    }
                }

                diagnostics.AddRange(bag.Items);
                continue;
            }

            if (!extension.Equals(".md", StringComparison.OrdinalIgnoreCase) ||
                Path.GetFileName(relative).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            filesRead++;
            switch (parts)
            {
                case [ContentLayout.CoursesFolder, var courseSlug, ContentLayout.CourseFile]:
                    courseFiles[courseSlug] = await LoadCourseAsync(full, relative, courseSlug, previous, bag, cancellationToken);
                    break;
                case [ContentLayout.CoursesFolder, var courseSlug, var fileName]:
                    var lesson = await LoadLessonAsync(full, relative, courseSlug, Path.GetFileNameWithoutExtension(fileName), paginator, previous, bag, cancellationToken);
                    if (lesson is not null)
                    {
                        AddLesson(lessonsByCourse, lesson, bag);
                    }

                    break;
                case [ContentLayout.QuizzesFolder, .., var bankFile]:
                    var bank = await LoadBankAsync(full, relative, Path.GetFileNameWithoutExtension(bankFile), previous, bag, cancellationToken);
                    if (bank is not null)
                    {
                        banks.Add(bank);
                    }

                    break;
                case [ContentLayout.CoursesFolder, _, _, ..]:
                    bag.Error(1, "lessons go directly in a course folder (courses/<course>/NN-<lesson>.md); nested folders are not read");
                    break;
                default:
                    bag.Error(1, "lesson file outside a course folder: move it to courses/<course>/NN-<lesson>.md (or quizzes/ for a question bank)");
                    break;
            }

            diagnostics.AddRange(bag.Items);
        }

        var courses = AssembleCourses(root, courseFiles, lessonsByCourse, previous, diagnostics);
        return new ContentLoadResult(new Catalogue(courses, banks.OrderBy(b => b.Slug, StringComparer.Ordinal).ToList(), policies), diagnostics, filesRead);
    }

    private async Task<Course?> LoadCourseAsync(string full, string relative, string slug, Catalogue? previous, DiagnosticBag bag, CancellationToken ct)
    {
        if (!ContentLayout.IsGoodSlug(slug))
        {
            bag.Warning(1, $"course folder name '{slug}' should use lowercase letters, digits and hyphens only");
        }

        var text = await ContentFileReader.ReadAsync(full, _options.MaxFileBytes, bag, ct);
        var course = text is null ? null : CourseFileParser.Parse(text, relative, slug, renderer, bag);
        return course ?? previous?.Courses.FirstOrDefault(c => c.SourcePath == relative);
    }

    private async Task<Lesson?> LoadLessonAsync(string full, string relative, string courseSlug, string name, Paginator paginator, Catalogue? previous, DiagnosticBag bag, CancellationToken ct)
    {
        if (!ContentLayout.IsNumbered(name))
        {
            bag.Warning(1, "lesson file names should start with a number giving their order, e.g. 01-setting-out.md");
        }

        var (orderFromName, slug) = ContentLayout.LessonName(name);
        var text = await ContentFileReader.ReadAsync(full, _options.MaxFileBytes, bag, ct);
        var lesson = text is null ? null : LessonFileParser.Parse(text, relative, courseSlug, slug, orderFromName, paginator, bag);
        return lesson ?? previous?.Lessons.FirstOrDefault(l => l.SourcePath == relative);
    }

    private async Task<QuestionBank?> LoadBankAsync(string full, string relative, string slug, Catalogue? previous, DiagnosticBag bag, CancellationToken ct)
    {
        var text = await ContentFileReader.ReadAsync(full, _options.MaxFileBytes, bag, ct);
        var bank = text is null ? null : BankFileParser.Parse(text, relative, slug, bag);
        return bank ?? previous?.Banks.FirstOrDefault(b => b.SourcePath == relative);
    }

    private async Task CheckPolicyAsync(string full, DiagnosticBag bag, CancellationToken ct)
    {
        var text = await ContentFileReader.ReadAsync(full, _options.MaxFileBytes, bag, ct);
        if (text is not null)
        {
            var document = Markdig.Markdown.Parse(text, MarkdownPipelines.Content);
            FrontMatterReader.Read(document, bag, ContentKeys.Policy, titleRequired: false);
        }
    }

    private static void AddLesson(Dictionary<string, List<Lesson>> lessonsByCourse, Lesson lesson, DiagnosticBag bag)
    {
        if (!lessonsByCourse.TryGetValue(lesson.CourseSlug, out var lessons))
        {
            lessonsByCourse[lesson.CourseSlug] = lessons = [];
        }

        var clash = lessons.FirstOrDefault(l => l.Slug.Equals(lesson.Slug, StringComparison.OrdinalIgnoreCase) || l.Id == lesson.Id);
        if (clash is not null)
        {
            bag.Error(1, $"duplicate lesson slug '{lesson.Slug}' in course '{lesson.CourseSlug}' (also {clash.SourcePath}); the file is skipped");
            return;
        }

        lessons.Add(lesson);
    }

    private static List<Course> AssembleCourses(string root, Dictionary<string, Course?> courseFiles, Dictionary<string, List<Lesson>> lessonsByCourse, Catalogue? previous, List<Diagnostic> diagnostics)
    {
        var courses = new List<Course>();
        foreach (var slug in courseFiles.Keys.Union(lessonsByCourse.Keys).Order(StringComparer.Ordinal))
        {
            var display = Path.Combine(root, ContentLayout.CoursesFolder, slug, ContentLayout.CourseFile).Replace('\\', '/');
            var course = courseFiles.GetValueOrDefault(slug);
            if (!courseFiles.ContainsKey(slug))
            {
                diagnostics.Add(new Diagnostic(display, 1, DiagnosticLevel.Error, "course folder has no course.md (front matter with at least 'title'); its lessons are not shown"));
                course = previous?.Courses.FirstOrDefault(c => c.Slug == slug);
            }

            if (course is null)
            {
                continue;
            }

            var clash = courses.FirstOrDefault(c => c.Slug.Equals(slug, StringComparison.OrdinalIgnoreCase) || c.Id == course.Id);
            if (clash is not null)
            {
                diagnostics.Add(new Diagnostic(display, 1, DiagnosticLevel.Error, $"duplicate course slug '{slug}' (also '{clash.Slug}'); the course is skipped"));
                continue;
            }

            var lessons = lessonsByCourse.GetValueOrDefault(slug) ?? [];
            courses.Add(course with { Lessons = lessons.OrderBy(l => l.Order).ThenBy(l => l.Slug, StringComparer.Ordinal).ToList() });
        }

        return courses.OrderBy(c => c.Order).ThenBy(c => c.Slug, StringComparer.Ordinal).ToList();
    }
}
