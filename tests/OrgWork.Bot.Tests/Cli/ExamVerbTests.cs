using MiniExcelLibs;
using OrgWork.Bot.Tests.Support;

namespace OrgWork.Bot.Tests.Cli;

/// <summary>An exam sat in the terminal chat, then <c>exam results</c> exported and read back.</summary>
public class ExamVerbTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private const string Exam = """
        ---
        title: 党章知识测试
        minutes: 20
        pass: 50
        opens: 2020-01-01 00:00
        closes: 2099-12-31
        ---
        ## 测验

        1. 入党誓词中要求党员做到的是？
           - [x] 永不叛党
           - [ ] 随意表态
        2. 预备党员的预备期一般为一年。
           - [x] 对
           - [ ] 错
        """;

    [Fact]
    public async Task AnExamSatInTheTerminalIsExportedWithItsScore()
    {
        using var work = new WorkFolder();
        Directory.CreateDirectory(Path.Combine(work.Path, "content", "exams"));
        File.WriteAllText(Path.Combine(work.Path, "content", "exams", "dangzhang.md"), Exam);

        var (chatExit, chat, _) = await BotProcess.RunAsync(work.Path, "/exam\n#1\n#1\n#1\n#1\n", Timeout, ["chat", "--user", "4242", "--name", "李四"]);
        var (exitCode, output, _) = await BotProcess.RunAsync(work.Path, "", Timeout, ["exam", "results", "dangzhang", "--xlsx", "results.xlsx"]);
        var rows = MiniExcel.Query(Path.Combine(work.Path, "results.xlsx"), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();

        Assert.Equal(0, chatExit);
        Assert.Contains("开始计时", chat, StringComparison.Ordinal);
        Assert.Contains("剩余 20 分", chat, StringComparison.Ordinal);
        Assert.Contains("《党章知识测试》成绩", chat, StringComparison.Ordinal);
        Assert.Equal(0, exitCode);
        Assert.Contains("1 条考试记录", output, StringComparison.Ordinal);
        var row = Assert.Single(rows);
        Assert.Equal("李四", row["姓名"]);
        Assert.Equal("交卷", row["交卷方式"]);
        Assert.Equal(2.0, Convert.ToDouble(row["已答题数"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Matches("^(合格|不合格)$", row["是否合格"]?.ToString() ?? "");
    }

    [Fact]
    public async Task AnUnknownExamFailsTheRun()
    {
        using var work = new WorkFolder();

        var (exitCode, _, errors) = await BotProcess.RunAsync(work.Path, "", Timeout, ["exam", "results", "no-such-exam", "--xlsx", "results.xlsx"]);

        Assert.Equal(1, exitCode);
        Assert.Contains("没有标识为“no-such-exam”的考试", errors, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(work.Path, "results.xlsx")));
    }
}
