using System.Text;
using MiniExcelLibs;
using OrgWork.Bot.Tests.Support;

namespace OrgWork.Bot.Tests.Cli;

/// <summary><c>report --members</c> end to end on an imported roster: the table, the workbook, the CSV and its errors.</summary>
public class MemberReportVerbTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private const string Roster = """
        姓名,手机号,所属支部,上级党组织
        张三,13800000001,第一党支部,城关镇党委
        =HYPERLINK("http://evil.example"),13800000002,"=HYPERLINK(""http://evil.example"")",城关镇党委
        王五,13800000003,第二党支部,
        """;

    [Fact]
    public async Task TheMemberReportIsATableAWorkbookAndAnEscapedCsv()
    {
        using var work = await ImportedAsync();

        var (tableExit, table, _) = await BotProcess.RunAsync(work.Path, "", Timeout, ["report", "--members", "--year", "2026"]);
        var (fileExit, written, _) = await BotProcess.RunAsync(work.Path, "", Timeout, ["report", "--members", "--parent", "城关镇党委", "--xlsx", "members.xlsx", "--csv", "members.csv"]);
        var (branchExit, _, _) = await BotProcess.RunAsync(work.Path, "", Timeout, ["report", "--csv", "branches.csv"]);

        Assert.Equal((0, 0, 0), (tableExit, fileExit, branchExit));
        Assert.Contains("党员学习情况 2026-01-01 至 2026-12-31：共 3 人", table, StringComparison.Ordinal);
        Assert.Contains("未达到年度目标（32.0 学时）的党员：3 人", table, StringComparison.Ordinal);
        Assert.Contains("已写入", written, StringComparison.Ordinal);
        using var xlsx = File.OpenRead(Path.Combine(work.Path, "members.xlsx"));
        Assert.Equal(["全部党员", "未达标"], xlsx.GetSheetNames());
        var rows = xlsx.Query(useHeaderRow: true, sheetName: "全部党员").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal("城关镇党委", r["上级党组织"]));
        foreach (var csv in new[] { "members.csv", "branches.csv" })
        {
            var lines = File.ReadAllLines(Path.Combine(work.Path, csv), Encoding.UTF8);
            Assert.DoesNotContain(lines.SelectMany(l => l.Split(',')), f => f.TrimStart('"').StartsWith('='));
            Assert.Contains(lines, l => l.Contains("'=HYPERLINK(", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("--from=2026-05-01 --to=2026-04-01", "开始日期 2026-05-01 晚于结束日期 2026-04-01。")]
    [InlineData("--year=1999", "年份「1999」无效")]
    [InlineData("--branch=第九党支部", "没有名为「第九党支部」的党支部。")]
    [InlineData("--from=2026/05/01", "请按 YYYY-MM-DD 填写")]
    public async Task BadOptionsAreSaidInChineseAndFailTheRun(string options, string message)
    {
        using var work = await ImportedAsync();

        var (exitCode, output, error) = await BotProcess.RunAsync(work.Path, "", Timeout, ["report", "--members", .. options.Split(' ')]);

        Assert.Equal(1, exitCode);
        Assert.Contains(message, output + error, StringComparison.Ordinal);
    }

    private static async Task<WorkFolder> ImportedAsync()
    {
        var work = new WorkFolder();
        File.WriteAllBytes(Path.Combine(work.Path, "名册.csv"), Encoding.UTF8.GetBytes(Roster));
        var (exitCode, output, _) = await BotProcess.RunAsync(work.Path, "", Timeout, ["roster", "import", "名册.csv"]);
        Assert.True(exitCode == 0, output);
        return work;
    }
}
