using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Content.Parsing;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Knowledge.Faq;
using OrgWork.Bot.Core.Knowledge.Synonyms;
using OrgWork.Bot.Core.Rendering;

namespace OrgWork.Bot.Core.Content;

/// <summary>
/// Loads the content folder into a <see cref="Catalogue"/>. Every file is checked and every problem
/// reported; a file with errors is skipped, and the version of it in <c>previous</c> (if any) stays live.
/// </summary>
public sealed class ContentLoader(IOptions<ContentOptions> options, MarkdownRenderer renderer) : IContentLoader
{
    private readonly ContentOptions _options = options.Value;

    public async Task<ContentLoadResult> LoadAsync(string root, Catalogue? previous, CancellationToken cancellationToken)
    {
        var diagnostics = new List<Diagnostic>();
        if (!Directory.Exists(root))
        {
            diagnostics.Add(UiText.Diagnostics.FolderMissing.At(root, 1));
            return new ContentLoadResult(previous ?? Catalogue.Empty, diagnostics, 0);
        }

        var paginator = new Paginator(renderer, _options.PageSize);
        var files = ContentFolderWalker.Walk(root, diagnostics);

        // Files are read and parsed in parallel; everything that depends on other files (duplicates,
        // courses and their lessons) is assembled afterwards in file order, so output is deterministic.
        var parsed = new ParsedFile[files.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, files.Count),
            new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
            async (i, ct) => parsed[i] = await ParseGuardedAsync(root, files[i].Full, files[i].Relative, paginator, previous, ct));

        var courseFiles = new Dictionary<string, Course?>(StringComparer.Ordinal);
        var lessonsByCourse = new Dictionary<string, List<Lesson>>(StringComparer.Ordinal);
        var banks = new List<QuestionBank>();
        var policies = new List<PolicyDocumentFile>();
        var faqs = new List<FaqEntry>();
        var plans = new List<(StudyPlan Plan, DiagnosticBag Bag)>();
        var exams = new List<(Exam Exam, DiagnosticBag Bag)>();
        var classes = new List<(TrainingClass Class, DiagnosticBag Bag)>();
        var sites = new List<RedSite>();
        SynonymTable? synonyms = null;
        foreach (var file in parsed)
        {
            switch (file.Item)
            {
                case PolicyDocumentFile policy:
                    policies.Add(policy);
                    break;
                case FaqEntry faq:
                    AddFaq(faqs, faq, file.Diagnostics);
                    break;
                case SynonymTable table:
                    synonyms = table;
                    break;
                case Course course:
                    courseFiles[course.Slug] = course;
                    break;
                case Lesson lesson:
                    AddLesson(lessonsByCourse, lesson, file.Diagnostics);
                    break;
                case QuestionBank bank:
                    banks.Add(bank);
                    break;
                case StudyPlan plan:
                    plans.Add((plan, file.Diagnostics));
                    break;
                case Exam exam:
                    exams.Add((exam, file.Diagnostics));
                    break;
                case TrainingClass trainingClass:
                    classes.Add((trainingClass, file.Diagnostics));
                    break;
                case RedSite site:
                    sites.Add(site);
                    break;
                case string failedCourseSlug:
                    courseFiles[failedCourseSlug] = null;
                    break;
            }

            diagnostics.AddRange(file.Diagnostics.Items);
        }

        var filesRead = parsed.Count(f => f.WasRead);
        var courses = AssembleCourses(root, courseFiles, lessonsByCourse, previous, diagnostics);
        var orderedBanks = banks.OrderBy(b => b.Slug, StringComparer.Ordinal).ToList();
        var sources = new Catalogue(courses, orderedBanks, []);
        var studyYear = StudyYearCheck.Check(sources, plans, exams, previous, diagnostics);
        var keptClasses = TrainingCheck.Check(studyYear.Exams, classes, previous, diagnostics);
        var catalogue = new Catalogue(
            courses, orderedBanks, policies, faqs, synonyms, studyYear.Plans, studyYear.Exams, keptClasses, [.. sites.OrderBy(s => s.Slug, StringComparer.Ordinal)]);
        return new ContentLoadResult(catalogue, diagnostics.InReadingOrder(), filesRead);
    }

    /// <summary>
    /// <see cref="ParseAsync"/>, with any exception of that one file (it cannot be read, or a parser gives up)
    /// reported as its error: the file is skipped like any other file with errors.
    /// </summary>
    private async Task<ParsedFile> ParseGuardedAsync(string root, string full, string relative, Paginator paginator, Catalogue? previous, CancellationToken cancellationToken)
    {
        try
        {
            return await ParseAsync(root, full, relative, paginator, previous, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var bag = new DiagnosticBag(Path.Combine(root, relative).Replace('\\', '/'));
            ContentFileFailure.Report(bag, full, ex);
            return new ParsedFile(PreviousVersion(relative, previous), bag, WasRead: true);
        }
    }

    /// <summary>What a file that failed leaves in the catalogue: its previously loaded version, if any.</summary>
    private static object? PreviousVersion(string relative, Catalogue? previous) => relative.Split('/') switch
    {
        [ContentLayout.CoursesFolder, var courseSlug, ContentLayout.CourseFile] =>
            (object?)previous?.Courses.FirstOrDefault(c => c.SourcePath == relative) ?? courseSlug,
        [ContentLayout.CoursesFolder, _, _] => previous?.Lessons.FirstOrDefault(l => l.SourcePath == relative),
        [ContentLayout.QuizzesFolder, .., _] => previous?.Banks.FirstOrDefault(b => b.SourcePath == relative),
        [ContentLayout.PlansFolder, _] => previous?.Plans.FirstOrDefault(p => p.SourcePath == relative),
        [ContentLayout.ExamsFolder, _] => previous?.Exams.FirstOrDefault(e => e.SourcePath == relative),
        [ContentLayout.ClassesFolder, _] => previous?.Classes.FirstOrDefault(c => c.SourcePath == relative),
        [ContentLayout.SitesFolder, _] => previous?.Sites.FirstOrDefault(s => s.SourcePath == relative),
        _ => null,
    };

    /// <summary>Reads and parses one file on its own; <see cref="ParsedFile.Item"/> is what it yields, if anything.</summary>
    private async Task<ParsedFile> ParseAsync(string root, string full, string relative, Paginator paginator, Catalogue? previous, CancellationToken cancellationToken)
    {
        var bag = new DiagnosticBag(Path.Combine(root, relative).Replace('\\', '/'));
        var parts = relative.Split('/');
        var extension = Path.GetExtension(relative);
        var isMarkdown = extension.Equals(".md", StringComparison.OrdinalIgnoreCase);

        if (parts[0] == ContentLayout.PoliciesFolder)
        {
            if (!ContentLayout.PolicyExtensions.Contains(extension))
            {
                return new ParsedFile(null, bag, WasRead: false);
            }

            if (isMarkdown)
            {
                await CheckPolicyAsync(full, bag, cancellationToken);
            }

            return new ParsedFile(new PolicyDocumentFile(relative, full), bag, WasRead: isMarkdown);
        }

        if (!isMarkdown || Path.GetFileName(relative).Equals("README.md", StringComparison.OrdinalIgnoreCase))
        {
            return new ParsedFile(null, bag, WasRead: false);
        }

        object? item;
        switch (parts)
        {
            case [ContentLayout.CoursesFolder, var courseSlug, ContentLayout.CourseFile]:
                // A course.md that fails still marks its folder as a course (with the previous version, if any).
                item = (object?)await LoadCourseAsync(full, relative, courseSlug, previous, bag, cancellationToken) ?? courseSlug;
                break;
            case [ContentLayout.CoursesFolder, var courseSlug, var fileName]:
                item = await LoadLessonAsync(full, relative, courseSlug, Path.GetFileNameWithoutExtension(fileName), paginator, previous, bag, cancellationToken);
                break;
            case [ContentLayout.QuizzesFolder, .., var bankFile]:
                item = await LoadBankAsync(full, relative, Path.GetFileNameWithoutExtension(bankFile), previous, bag, cancellationToken);
                break;
            case [ContentLayout.FaqFolder, var faqFile]:
                var faqText = await ContentFileReader.ReadAsync(full, _options.MaxFileBytes, bag, cancellationToken);
                item = faqText is null ? null : FaqFileParser.Parse(faqText, relative, Path.GetFileNameWithoutExtension(faqFile), bag);
                break;
            case [ContentLayout.PlansFolder, var planFile]:
                var planText = await ContentFileReader.ReadAsync(full, _options.MaxFileBytes, bag, cancellationToken);
                item = (planText is null ? null : PlanFileParser.Parse(planText, relative, Path.GetFileNameWithoutExtension(planFile), bag))
                    ?? previous?.Plans.FirstOrDefault(p => p.SourcePath == relative);
                break;
            case [ContentLayout.ExamsFolder, var examFile]:
                var examText = await ContentFileReader.ReadAsync(full, _options.MaxFileBytes, bag, cancellationToken);
                item = (examText is null ? null : ExamFileParser.Parse(examText, relative, Path.GetFileNameWithoutExtension(examFile), bag))
                    ?? previous?.Exams.FirstOrDefault(e => e.SourcePath == relative);
                break;
            case [ContentLayout.ClassesFolder, var classFile]:
                var classText = await ContentFileReader.ReadAsync(full, _options.MaxFileBytes, bag, cancellationToken);
                item = (classText is null ? null : ClassFileParser.Parse(classText, relative, Path.GetFileNameWithoutExtension(classFile), renderer, bag))
                    ?? previous?.Classes.FirstOrDefault(c => c.SourcePath == relative);
                break;
            case [ContentLayout.SitesFolder, var siteFile]:
                var siteText = await ContentFileReader.ReadAsync(full, _options.MaxFileBytes, bag, cancellationToken);
                item = (siteText is null ? null : SiteFileParser.Parse(siteText, relative, Path.GetFileNameWithoutExtension(siteFile), renderer, bag))
                    ?? previous?.Sites.FirstOrDefault(s => s.SourcePath == relative);
                break;
            case [ContentLayout.SynonymsFile]:
                var synonymText = await ContentFileReader.ReadAsync(full, _options.MaxFileBytes, bag, cancellationToken);
                item = synonymText is null ? null : SynonymFileParser.Parse(synonymText, bag);
                break;
            case [ContentLayout.CoursesFolder, _, _, ..]:
                bag.Add(UiText.Diagnostics.LessonNested, 1);
                item = null;
                break;
            default:
                bag.Add(UiText.Diagnostics.LessonOutsideCourse, 1);
                item = null;
                break;
        }

        return new ParsedFile(item, bag, WasRead: true);
    }

    /// <summary>A phrasing already answered by another curated answer is reported and left to the first.</summary>
    private static void AddFaq(List<FaqEntry> faqs, FaqEntry faq, DiagnosticBag diagnostics)
    {
        var kept = new List<string>();
        foreach (var question in faq.Questions)
        {
            if (faqs.FirstOrDefault(f => f.Questions.Contains(question, StringComparer.Ordinal)) is { } other)
            {
                diagnostics.Add(UiText.Diagnostics.FaqQuestionRepeated, 1, question, other.SourcePath);
                continue;
            }

            kept.Add(question);
        }

        if (kept.Count > 0)
        {
            faqs.Add(faq with { Questions = kept });
        }
    }

    private async Task<Course?> LoadCourseAsync(string full, string relative, string slug, Catalogue? previous, DiagnosticBag bag, CancellationToken ct)
    {
        if (!ContentLayout.IsGoodSlug(slug))
        {
            bag.Add(UiText.Diagnostics.CourseFolderName, 1, slug);
        }

        var text = await ContentFileReader.ReadAsync(full, _options.MaxFileBytes, bag, ct);
        var course = text is null ? null : CourseFileParser.Parse(text, relative, slug, renderer, bag);
        return course ?? previous?.Courses.FirstOrDefault(c => c.SourcePath == relative);
    }

    private async Task<Lesson?> LoadLessonAsync(string full, string relative, string courseSlug, string name, Paginator paginator, Catalogue? previous, DiagnosticBag bag, CancellationToken ct)
    {
        if (!ContentLayout.IsNumbered(name))
        {
            bag.Add(UiText.Diagnostics.LessonFileName, 1);
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
            bag.Add(UiText.Diagnostics.DuplicateLesson, 1, lesson.Slug, lesson.CourseSlug, clash.SourcePath);
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
                diagnostics.Add(UiText.Diagnostics.CourseNoCourseFile.At(display, 1));
                course = previous?.Courses.FirstOrDefault(c => c.Slug == slug);
            }

            if (course is null)
            {
                continue;
            }

            var clash = courses.FirstOrDefault(c => c.Slug.Equals(slug, StringComparison.OrdinalIgnoreCase) || c.Id == course.Id);
            if (clash is not null)
            {
                diagnostics.Add(UiText.Diagnostics.DuplicateCourse.At(display, 1, slug, clash.Slug));
                continue;
            }

            var lessons = lessonsByCourse.GetValueOrDefault(slug) ?? [];
            courses.Add(course with { Lessons = lessons.OrderBy(l => l.Order).ThenBy(l => l.Slug, StringComparer.Ordinal).ToList() });
        }

        return courses.OrderBy(c => c.Order).ThenBy(c => c.Slug, StringComparer.Ordinal).ToList();
    }

    /// <summary>One file's outcome: a course, lesson, bank, policy, a failed course's slug, or nothing.</summary>
    private sealed record ParsedFile(object? Item, DiagnosticBag Diagnostics, bool WasRead);
}
