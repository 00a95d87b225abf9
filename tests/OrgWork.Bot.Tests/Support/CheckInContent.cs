using System.Globalization;
using OrgWork.Bot.Core.Classes;
using OrgWork.Bot.Core.Content;

namespace OrgWork.Bot.Tests.Support;

/// <summary>
/// Content for check-in tests, written relative to the real clock: a class whose first session is under way now (so its
/// check-in window is open), whose second is tomorrow, and a red-education site.
/// </summary>
internal static class CheckInContent
{
    public const string ClassSlug = "open-now";
    public const string ClassTitle = "现场签到测试班";
    public const string FirstSessionTitle = "长征精神专题党课";
    public const string SiteSlug = "test-site";
    public const string SiteTitle = "测试红色教育基地";

    /// <summary>Enrols in the class: the 报名 button's payload (the same on every channel).</summary>
    public static string EnrolButton => ClassActions.ToEnrol(ContentIds.ForClass(ClassSlug));

    public static void Write(string contentRoot)
    {
        // Content times are Beijing time; the first session began ten minutes ago and lasts two hours.
        var beijingNow = DateTime.UtcNow.AddHours(8);
        var starts = beijingNow.AddMinutes(-10);
        var classes = Path.Combine(contentRoot, "classes");
        Directory.CreateDirectory(classes);
        File.WriteAllText(Path.Combine(classes, ClassSlug + ".md"), $"""
            ---
            title: {ClassTitle}
            place: 县委党校
            capacity: 10
            enrol: open
            audience: 全体
            sessions:
              - title: {FirstSessionTitle}
                starts: {Format(starts)}
                minutes: 120
                place: 县委党校报告厅
              - title: 现场教学
                starts: {Format(starts.AddDays(1))}
                minutes: 90
                place: 纪念馆
            ---

            签到测试用的培训班。
            """);
        var sites = Path.Combine(contentRoot, "sites");
        Directory.CreateDirectory(sites);
        File.WriteAllText(Path.Combine(sites, SiteSlug + ".md"), $"""
            ---
            title: {SiteTitle}
            minutes: 60
            place: 县城红军路 2 号
            ---

            测试用的基地。
            """);
    }

    private static string Format(DateTime beijing) => beijing.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
