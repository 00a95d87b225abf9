using System.Globalization;
using Markdig;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Rendering;

namespace OrgWork.Bot.Core.Content.Parsing;

/// <summary>
/// Reads a study plan's front matter: <c>title</c>, <c>year</c>, <c>due</c>, <c>audience</c>, <c>courses</c> and
/// optional <c>hours</c>. Whether the courses exist is checked once the whole catalogue is loaded.
/// </summary>
public static class PlanFileParser
{
    public static StudyPlan? Parse(string text, string relativePath, string slug, DiagnosticBag diagnostics)
    {
        var document = Markdown.Parse(text, MarkdownPipelines.Content);
        var front = FrontMatterReader.Read(document, diagnostics, ContentKeys.Plan);

        var due = default(DateOnly);
        if (!front.Values.TryGetValue("due", out var dueValue))
        {
            diagnostics.Add(UiText.Diagnostics.PlanNoDue, 1);
        }
        else if (!ContentTime.TryParseDate(dueValue.Scalar, out due))
        {
            diagnostics.Add(UiText.Diagnostics.DateInvalid, dueValue.Line, "due", dueValue.Scalar);
        }

        var year = front.Number("year", due.Year, diagnostics);
        if (front.Values.TryGetValue("year", out var yearValue) && due != default && due.Year != year)
        {
            diagnostics.Add(UiText.Diagnostics.PlanYearMismatch, yearValue.Line, due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), year);
        }

        var courses = front.List("courses").Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var coursesLine = front.Values.TryGetValue("courses", out var coursesValue) ? coursesValue.Line : 1;
        if (courses.Count == 0)
        {
            diagnostics.Add(UiText.Diagnostics.PlanNoCourses, coursesLine);
        }

        var hours = PositiveNumber(front, "hours", diagnostics);
        return diagnostics.HasErrors
            ? null
            : new StudyPlan
            {
                Slug = slug,
                Title = front.Text("title")!,
                Year = year,
                Due = due,
                Audience = Audience.From(front.List("audience")),
                Courses = courses,
                Hours = hours,
                SourcePath = relativePath,
                CoursesLine = coursesLine,
            };
    }

    /// <summary>An optional number greater than zero (<c>hours: 32</c>); anything else is reported.</summary>
    internal static double? PositiveNumber(FrontMatter front, string key, DiagnosticBag diagnostics)
    {
        if (!front.Values.TryGetValue(key, out var value))
        {
            return null;
        }

        if (double.TryParse(value.Scalar, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number > 0)
        {
            return number;
        }

        diagnostics.Add(UiText.Diagnostics.NotPositiveNumber, value.Line, key, value.Scalar);
        return null;
    }
}
