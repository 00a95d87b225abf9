using System.Globalization;
using Markdig;
using Markdig.Extensions.Yaml;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Rendering;

namespace OrgWork.Bot.Core.Content.Parsing;

/// <summary>
/// Reads a training class: front matter <c>title</c>, <c>place</c>, <c>capacity</c>, <c>enrol</c>, <c>audience</c>,
/// <c>sessions</c> (a list of <c>title</c>, <c>starts</c>, <c>minutes</c>, <c>place</c>), optional <c>exam</c> and
/// <c>certificate_attendance</c>; the body describes the class. Whether the exam exists is checked once the catalogue is loaded.
/// </summary>
public static class ClassFileParser
{
    private static readonly HashSet<string> SessionKeys = new HashSet<string>(StringComparer.Ordinal) { "title", "starts", "minutes", "place" };

    public static TrainingClass? Parse(string text, string relativePath, string slug, MarkdownRenderer renderer, DiagnosticBag diagnostics)
    {
        var document = Markdown.Parse(text, MarkdownPipelines.Content);
        var front = FrontMatterReader.Read(document, diagnostics, ContentKeys.Class);
        var place = front.Text("place") ?? "";
        var enrolment = Enrolment(front, diagnostics);
        var capacity = Capacity(front, enrolment, diagnostics);
        var sessions = Sessions(front, place, diagnostics);

        var attendance = front.Number("certificate_attendance", TrainingClass.DefaultCertificateAttendance, diagnostics);
        if (attendance is < 1 or > 100 && front.Values.TryGetValue("certificate_attendance", out var attendanceValue))
        {
            diagnostics.Add(UiText.Diagnostics.ClassAttendancePercent, attendanceValue.Line, attendanceValue.Scalar);
        }

        var exam = front.Text("exam");
        return diagnostics.HasErrors
            ? null
            : new TrainingClass
            {
                Slug = slug,
                Title = front.Text("title")!,
                Place = place,
                Capacity = capacity,
                Enrolment = enrolment,
                Audience = Audience.From(front.List("audience")),
                AudienceGiven = front.Values.ContainsKey("audience"),
                Sessions = sessions,
                ExamSlug = string.IsNullOrEmpty(exam) ? null : exam,
                ExamLine = front.Values.TryGetValue("exam", out var examValue) ? examValue.Line : 1,
                CertificateAttendance = attendance,
                Description = renderer.RenderBlocks(document.Where(b => b is not YamlFrontMatterBlock)),
                SourcePath = relativePath,
            };
    }

    private static EnrolMode Enrolment(FrontMatter front, DiagnosticBag diagnostics)
    {
        if (!front.Values.TryGetValue("enrol", out var value))
        {
            return EnrolMode.Open;
        }

        switch (value.Scalar?.Trim())
        {
            case "open":
                return EnrolMode.Open;
            case "assigned":
                return EnrolMode.Assigned;
            default:
                diagnostics.Add(UiText.Diagnostics.ClassEnrolMode, value.Line, value.Scalar);
                return EnrolMode.Open;
        }
    }

    /// <summary>Required for an open class (it bounds enrolment); an assigned class without one has no limit.</summary>
    private static int Capacity(FrontMatter front, EnrolMode enrolment, DiagnosticBag diagnostics)
    {
        if (!front.Values.TryGetValue("capacity", out var value))
        {
            if (enrolment == EnrolMode.Open)
            {
                diagnostics.Add(UiText.Diagnostics.ClassNoCapacity, 1);
            }

            return int.MaxValue;
        }

        if (int.TryParse(value.Scalar, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var capacity) && capacity > 0)
        {
            return capacity;
        }

        diagnostics.Add(UiText.Diagnostics.ClassCapacity, value.Line, value.Scalar);
        return int.MaxValue;
    }

    private static List<ClassSession> Sessions(FrontMatter front, string classPlace, DiagnosticBag diagnostics)
    {
        if (!front.Values.TryGetValue("sessions", out var value) || (value.Records is null && value.Items is { Count: 0 }))
        {
            diagnostics.Add(UiText.Diagnostics.ClassNoSessions, value?.Line ?? 1);
            return [];
        }

        if (value.Records is not { } records || records.Any(r => r.Entries.Count == 0))
        {
            diagnostics.Add(UiText.Diagnostics.ClassSessionsMalformed, value.Line);
            return [];
        }

        var read = new List<(DateTime Starts, string Title, int Minutes, string Place, int Line)>();
        foreach (var (record, index) in records.Select((r, i) => (r, i + 1)))
        {
            foreach (var unknown in record.Entries.Where(e => !SessionKeys.Contains(e.Key)))
            {
                diagnostics.Add(UiText.Diagnostics.ClassSessionUnknownKey, unknown.Line, index, unknown.Key);
            }

            var title = Required(record, "title", index, diagnostics)?.Value?.Trim();
            var starts = default(DateTime);
            if (Required(record, "starts", index, diagnostics) is { } startsEntry && !ContentTime.TryParseInstant(startsEntry.Value, endOfDay: false, out starts))
            {
                diagnostics.Add(UiText.Diagnostics.DateInvalid, startsEntry.Line, "starts", startsEntry.Value);
            }

            var minutes = 0;
            if (Required(record, "minutes", index, diagnostics) is { } minutesEntry)
            {
                if (!int.TryParse(minutesEntry.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out minutes))
                {
                    diagnostics.Add(UiText.Diagnostics.NotPositiveNumber, minutesEntry.Line, "minutes", minutesEntry.Value);
                }
                else if (minutes <= 0)
                {
                    diagnostics.Add(UiText.Diagnostics.ClassSessionEndsBeforeStart, minutesEntry.Line, index, minutes);
                }
            }

            var place = record.Find("place")?.Value?.Trim();
            if (string.IsNullOrEmpty(place) && classPlace.Length == 0)
            {
                diagnostics.Add(UiText.Diagnostics.ClassSessionNoPlace, record.Line, index);
            }

            read.Add((starts, title ?? "", minutes, string.IsNullOrEmpty(place) ? classPlace : place, record.Line));
        }

        if (diagnostics.HasErrors)
        {
            return [];
        }

        var sessions = read.OrderBy(s => s.Starts).ThenBy(s => s.Line)
            .Select((s, i) => new ClassSession(i + 1, s.Title, s.Starts, s.Minutes, s.Place, s.Line))
            .ToList();
        for (var i = 1; i < sessions.Count; i++)
        {
            var earlier = sessions[i - 1];
            if (sessions[i].Starts < earlier.Ends)
            {
                diagnostics.Add(
                    UiText.Diagnostics.ClassSessionsOverlap,
                    Math.Max(sessions[i].Line, earlier.Line),
                    sessions[i].Title,
                    ContentTime.Format(sessions[i].Starts),
                    earlier.Title,
                    ContentTime.Format(earlier.Starts),
                    ContentTime.Format(earlier.Ends));
            }
        }

        return sessions;
    }

    private static FrontMatterEntry? Required(FrontMatterRecord record, string key, int index, DiagnosticBag diagnostics)
    {
        if (record.Find(key) is { Value: { Length: > 0 } } entry)
        {
            return entry;
        }

        diagnostics.Add(UiText.Diagnostics.ClassSessionMissingKey, record.Line, index, key);
        return null;
    }
}
