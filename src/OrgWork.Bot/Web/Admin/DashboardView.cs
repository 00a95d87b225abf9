using System.Globalization;
using System.Text;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Knowledge.Storage;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Reports;
using OrgWork.Bot.Web.Chat;
using OrgWork.Bot.Web.Pages;

namespace OrgWork.Bot.Web.Admin;

/// <summary>The dashboard page: branch table and chart, per-course question statistics, coverage gaps. Every value is escaped.</summary>
public sealed class DashboardView(LearningClock clock)
{
    public IResult Render(
        IReadOnlyList<BranchReportRow> rows,
        IReadOnlyList<(Course Course, IReadOnlyList<QuestionStats> Stats)> courses,
        IReadOnlyList<UnansweredQuestion> gaps)
    {
        var html = new StringBuilder()
            .Append("<header class=\"bar\"><h1>").Append(E(UiText.DashboardTitle)).Append("</h1><nav><a href=\"/\">")
            .Append(E(UiText.WebChatLink)).Append("</a></nav></header><main class=\"dashboard\">");
        Branches(html, rows);
        Courses(html, courses);
        Gaps(html, gaps);
        return WebPage.Html(UiText.DashboardTitle, "admin", html.Append("</main>").ToString());
    }

    private static void Branches(StringBuilder html, IReadOnlyList<BranchReportRow> rows)
    {
        html.Append("<section id=\"report\"><h2>").Append(E(UiText.ReportTitle)).Append("</h2>")
            .Append("<p><a class=\"button\" href=\"").Append(AdminApi.Path).Append("/report.csv\" download>").Append(E(UiText.DashboardReportCsv)).Append("</a></p>");
        if (rows.Count == 0)
        {
            html.Append("<p>").Append(E(UiText.ReportEmpty)).Append("</p></section>");
            return;
        }

        html.Append("<div class=\"scroll\"><table><thead>").Append(HeaderRow(UiText.ReportColumns)).Append("</thead><tbody>");
        foreach (var r in rows)
        {
            html.Append("<tr><th scope=\"row\">").Append(E(r.Branch)).Append("</th>")
                .Append(Cell(r.Members)).Append(Cell(r.ActiveThisWeek)).Append(Cell(r.LessonsFinished))
                .Append(Cell(r.StudyHours.ToString("0.0", CultureInfo.InvariantCulture)))
                .Append(Cell(r.Accuracy is { } a ? ReportFormatter.Percent(a) : "—")).Append("</tr>");
        }

        html.Append("</tbody></table></div><p class=\"note\">").Append(E(UiText.ReportNotes)).Append("</p>")
            .Append("<img id=\"report-chart\" src=\"").Append(AdminApi.Path).Append("/report.png\" alt=\"").Append(E(UiText.ReportChartTitle))
            .Append("\" width=\"1000\" height=\"560\"></section>");
    }

    private static void Courses(StringBuilder html, IReadOnlyList<(Course Course, IReadOnlyList<QuestionStats> Stats)> courses)
    {
        html.Append("<section id=\"courses\"><h2>").Append(E(UiText.DashboardCourses)).Append("</h2>");
        foreach (var (course, stats) in courses)
        {
            var attempts = stats.Sum(s => s.Attempts);
            var correct = attempts == 0 ? "—" : ReportFormatter.Percent(stats.Sum(s => s.CorrectRate * s.Attempts) / attempts);
            html.Append("<details><summary><strong>").Append(E(course.Title)).Append("</strong> ")
                .Append(E(UiText.Format(UiText.DashboardCourseSummary, course.Lessons.Count, stats.Count(s => !s.IsDeleted), attempts, correct)))
                .Append("</summary>");
            if (stats.Count == 0)
            {
                html.Append("<p>").Append(E(UiText.StatsNoQuestions)).Append("</p></details>");
                continue;
            }

            html.Append("<div class=\"scroll\"><table><thead>").Append(HeaderRow(UiText.DashboardQuestionColumns)).Append("</thead><tbody>");
            foreach (var s in stats)
            {
                html.Append(s.IsFlagged ? "<tr class=\"flagged\">" : "<tr>").Append(Cell(s.Lesson))
                    .Append("<td>").Append(s.IsFlagged ? $"<span class=\"flag\">{E(UiText.DashboardFlagged)}</span> " : "").Append(E(s.Text)).Append("</td>")
                    .Append(Cell(s.Attempts))
                    .Append(Cell(s.Attempts == 0 ? "—" : ReportFormatter.Percent(s.CorrectRate)))
                    .Append(Cell(s.MostChosenWrongOption is { } wrong ? $"{wrong}（{s.MostChosenWrongCount}）" : "—"))
                    .Append(Cell(s.Discrimination is { } d ? d.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) : "—"))
                    .Append("</tr>");
            }

            html.Append("</tbody></table></div></details>");
        }

        html.Append("</section>");
    }

    private void Gaps(StringBuilder html, IReadOnlyList<UnansweredQuestion> gaps)
    {
        html.Append("<section id=\"gaps\"><h2>").Append(E(UiText.DashboardGaps)).Append("</h2>");
        if (gaps.Count == 0)
        {
            html.Append("<p>").Append(E(UiText.DashboardGapsEmpty)).Append("</p></section>");
            return;
        }

        html.Append("<p class=\"note\">").Append(E(UiText.DashboardGapsHint)).Append("</p><div class=\"scroll\"><table><thead>")
            .Append(HeaderRow(UiText.DashboardGapColumns)).Append("</thead><tbody>");
        foreach (var gap in gaps)
        {
            html.Append("<tr>").Append(Cell(gap.Text)).Append(Cell(gap.Count))
                .Append(Cell(clock.LocalTime(gap.LastAskedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))).Append("</tr>");
        }

        html.Append("</tbody></table></div></section>");
    }

    private static string HeaderRow(IEnumerable<string> columns) =>
        "<tr>" + string.Concat(columns.Select(c => $"<th scope=\"col\">{E(c)}</th>")) + "</tr>";

    private static string Cell(int value) => Cell(value.ToString(CultureInfo.InvariantCulture));

    private static string Cell(string value) => $"<td>{E(value)}</td>";

    private static string E(string text) => ChatHtml.Escape(text);
}
