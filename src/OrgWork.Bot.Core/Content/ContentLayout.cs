using System.Text.RegularExpressions;

namespace OrgWork.Bot.Core.Content;

/// <summary>The folder layout of DESIGN.md §2 and the naming rules of slugs.</summary>
public static partial class ContentLayout
{
    public const string CoursesFolder = "courses";
    public const string QuizzesFolder = "quizzes";
    public const string PoliciesFolder = "policies";
    public const string CourseFile = "course.md";
    public const string FaqFolder = "faq";
    public const string SynonymsFile = "synonyms.md";
    public const string PlansFolder = "plans";
    public const string ExamsFolder = "exams";
    public const string ClassesFolder = "classes";
    public const string SitesFolder = "sites";

    public static IReadOnlySet<string> PolicyExtensions { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".md", ".txt", ".docx" };

    /// <summary>Splits <c>NN-lesson-slug</c> into its order number and slug.</summary>
    public static (int Order, string Slug) LessonName(string fileNameWithoutExtension)
    {
        var match = NumberedName().Match(fileNameWithoutExtension);
        return match.Success
            ? (int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), match.Groups[2].Value)
            : (0, fileNameWithoutExtension);
    }

    public static bool IsNumbered(string fileNameWithoutExtension) => NumberedName().IsMatch(fileNameWithoutExtension);

    public static bool IsGoodSlug(string slug) => Slug().IsMatch(slug);

    [GeneratedRegex(@"^(\d{1,3})-(.+)$")]
    private static partial Regex NumberedName();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex Slug();
}
