using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Core.Reports;
using SkiaSharp;

namespace OrgWork.Bot.Core.Tests.Reports;

public sealed class PhoneReportTests
{
    private static readonly BranchReportRow[] Rows =
    [
        new("城关镇第一党支部", 42, 30, 120, 88.5, 0.8125),
        new("乙支部", 7, 1, 3, 2.3, null),
        new("很长名字的村党支部委员会", 130, 12, 40, 19.0, 0.5),
    ];

    [Fact]
    public void TheChatReportFitsAPhoneAndKeepsTheAccuracy()
    {
        var replies = new BranchReportReplies(null!, Chart()).Compose(Rows);

        var text = replies[0].Text;
        Assert.DoesNotContain("<pre>", text.Html, StringComparison.Ordinal);
        Assert.Contains("完成 120 课 · 学时 88.5 · 正确率 81%", text.Plain, StringComparison.Ordinal);
        Assert.Contains("正确率 —", text.Plain, StringComparison.Ordinal);

        // 390 px at a 16 px font holds about 24 CJK characters a line: every line of figures stays under that.
        var figureLines = text.Plain.Split('\n').Where(l => l.Contains(" · ", StringComparison.Ordinal));
        Assert.All(figureLines, line => Assert.True(DisplayWidth(line) <= 40, line));
    }

    [Fact]
    public void TheChartIsPhoneWidthWithPeopleAndHoursOnSeparatePanels()
    {
        var png = Chart().Render(Rows);

        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal(ReportChart.DefaultWidth, bitmap.Width);
        Assert.True(bitmap.Height > bitmap.Width / 2, "two stacked panels, taller than a single wide chart");
        if (Environment.GetEnvironmentVariable("ORGWORK_CHART_OUT") is { Length: > 0 } path)
        {
            File.WriteAllBytes(path, png);
        }
    }

    private static ReportChart Chart() =>
        new ServiceCollection().AddLogging().AddSingleton<ChartFonts>().AddSingleton<ReportChart>().BuildServiceProvider().GetRequiredService<ReportChart>();

    private static int DisplayWidth(string text) => text.Sum(c => c >= '\u2e80' ? 2 : 1);
}
