namespace OrgWork.Bot.Core.Conversation.Browsing;

/// <summary>Button actions of catalogue browsing.</summary>
public static class BrowsingActions
{
    public const string Catalogue = "cat";
    public const string Course = "c";
    public const string LessonPage = "l";

    public static string ToCatalogue() => ButtonPayload.Create(Catalogue);

    public static string ToCourse(string courseId) => ButtonPayload.Create(Course, courseId);

    public static string ToLessonPage(string lessonId, int page) =>
        ButtonPayload.Create(LessonPage, lessonId, page.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
