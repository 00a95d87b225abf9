using OrgWork.Bot.Core.Knowledge.Faq;
using OrgWork.Bot.Core.Knowledge.Synonyms;

namespace OrgWork.Bot.Core.Content;

/// <summary>An immutable snapshot of everything loaded from the content folder.</summary>
public sealed class Catalogue
{
    private readonly Dictionary<string, Course> _coursesById;
    private readonly Dictionary<string, Lesson> _lessonsById;
    private readonly Dictionary<string, Lesson> _lessonsByKey;
    private readonly Dictionary<string, Question> _questionsById;

    public Catalogue(
        IReadOnlyList<Course> courses,
        IReadOnlyList<QuestionBank> banks,
        IReadOnlyList<PolicyDocumentFile> policies,
        IReadOnlyList<FaqEntry>? faqs = null,
        SynonymTable? synonyms = null,
        IReadOnlyList<StudyPlan>? plans = null,
        IReadOnlyList<Exam>? exams = null,
        IReadOnlyList<TrainingClass>? classes = null,
        IReadOnlyList<RedSite>? sites = null)
    {
        Classes = classes ?? [];
        Sites = sites ?? [];
        Plans = plans ?? [];
        Exams = exams ?? [];
        Courses = courses;
        Banks = banks;
        Policies = policies;
        Faqs = faqs ?? [];
        Synonyms = synonyms ?? SynonymTable.Empty;
        _coursesById = courses.ToDictionary(c => c.Id);
        var lessons = courses.SelectMany(c => c.Lessons).ToList();
        _lessonsById = lessons.ToDictionary(l => l.Id);
        _lessonsByKey = lessons.ToDictionary(l => l.Key);
        _questionsById = lessons.SelectMany(l => l.Quiz)
            .Concat(banks.SelectMany(b => b.Questions))
            .GroupBy(q => q.Id)
            .ToDictionary(g => g.Key, g => g.First());
    }

    public static Catalogue Empty { get; } = new([], [], []);

    public IReadOnlyList<Course> Courses { get; }

    public IReadOnlyList<QuestionBank> Banks { get; }

    public IReadOnlyList<PolicyDocumentFile> Policies { get; }

    /// <summary>Curated answers (<c>faq/</c>), matched before the documents.</summary>
    public IReadOnlyList<FaqEntry> Faqs { get; }

    /// <summary>The domain synonym list (<c>synonyms.md</c>).</summary>
    public SynonymTable Synonyms { get; }

    /// <summary>Study plans (<c>plans/</c>): the required courses of a year.</summary>
    public IReadOnlyList<StudyPlan> Plans { get; }

    /// <summary>Exams (<c>exams/</c>). Their own questions are not in <see cref="Questions"/>: practice never shows them.</summary>
    public IReadOnlyList<Exam> Exams { get; }

    public Exam? FindExam(string slug) => Exams.FirstOrDefault(e => e.Slug == slug);

    /// <summary>Finds an exam by the short id its buttons carry (<see cref="ContentIds.ForExam"/>).</summary>
    public Exam? FindExamById(string id) => Exams.FirstOrDefault(e => ContentIds.ForExam(e.Slug) == id);

    /// <summary>Training classes (<c>classes/</c>), in the order of their first session.</summary>
    public IReadOnlyList<TrainingClass> Classes { get; }

    public TrainingClass? FindClass(string slug) => Classes.FirstOrDefault(c => c.Slug == slug);

    /// <summary>Finds a class by the short id its buttons carry (<see cref="ContentIds.ForClass"/>).</summary>
    public TrainingClass? FindClassById(string id) => Classes.FirstOrDefault(c => ContentIds.ForClass(c.Slug) == id);

    /// <summary>Red-education sites (<c>sites/</c>), by slug.</summary>
    public IReadOnlyList<RedSite> Sites { get; }

    public RedSite? FindSite(string slug) => Sites.FirstOrDefault(s => s.Slug == slug);

    /// <summary>Finds a site by the short id its printed code carries (<see cref="ContentIds.ForSite"/>).</summary>
    public RedSite? FindSiteById(string id) => Sites.FirstOrDefault(s => ContentIds.ForSite(s.Slug) == id);

    public StudyPlan? FindPlan(string slug) => Plans.FirstOrDefault(p => p.Slug == slug);

    /// <summary>The questions a course's lessons or a bank hold, for drawing exam papers; null for an unknown slug.</summary>
    public IReadOnlyList<Question>? QuestionsOf(string source) =>
        Courses.FirstOrDefault(c => c.Slug == source) is { } course
            ? [.. course.Lessons.SelectMany(l => l.Quiz)]
            : Banks.FirstOrDefault(b => b.Slug == source)?.Questions;

    public IEnumerable<Lesson> Lessons => Courses.SelectMany(c => c.Lessons);

    public IEnumerable<Question> Questions => _questionsById.Values;

    public int LessonCount => _lessonsById.Count;

    public int QuestionCount => _questionsById.Count;

    public Course? FindCourse(string id) => _coursesById.GetValueOrDefault(id);

    /// <summary>Finds a course by slug or by its 1-based position in the list.</summary>
    public Course? FindCourseByName(string name) =>
        Courses.FirstOrDefault(c => string.Equals(c.Slug, name, StringComparison.OrdinalIgnoreCase) || c.Title == name)
        ?? (int.TryParse(name, out var n) && n >= 1 && n <= Courses.Count ? Courses[n - 1] : null);

    public Lesson? FindLesson(string id) => _lessonsById.GetValueOrDefault(id);

    public Lesson? FindLessonByKey(string key) => _lessonsByKey.GetValueOrDefault(key);

    public Question? FindQuestion(string id) => _questionsById.GetValueOrDefault(id);

    public Course? CourseOf(Lesson lesson) => Courses.FirstOrDefault(c => c.Slug == lesson.CourseSlug);
}
