namespace OrgWork.Bot.Core.Content.Parsing;

/// <summary>The front-matter keys each kind of content file may use (DESIGN.md §2).</summary>
public static class ContentKeys
{
    public static IReadOnlySet<string> Course { get; } = new HashSet<string> { "title", "summary", "tags", "order", "audience" };

    public static IReadOnlySet<string> Lesson { get; } = new HashSet<string> { "title", "minutes", "order" };

    public static IReadOnlySet<string> Bank { get; } = new HashSet<string> { "title", "summary" };

    public static IReadOnlySet<string> Faq { get; } = new HashSet<string> { "title", "questions", "sources" };

    public static IReadOnlySet<string> Plan { get; } = new HashSet<string> { "title", "year", "due", "audience", "courses", "hours" };

    public static IReadOnlySet<string> Exam { get; } = new HashSet<string>
    {
        "title", "minutes", "pass", "attempts", "opens", "closes", "audience", "draw", "certificate", "hours",
    };

    public static IReadOnlySet<string> Class { get; } = new HashSet<string>
    {
        "title", "place", "capacity", "enrol", "audience", "sessions", "exam", "certificate_attendance",
    };

    public static IReadOnlySet<string> Site { get; } = new HashSet<string> { "title", "minutes", "place" };

    public static IReadOnlySet<string> Policy { get; } = new HashSet<string> { "title", "number", "issuer", "effective", "superseded_by" };
}
