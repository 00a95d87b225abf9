using System.Text;
using MiniExcelLibs;
using OrgWork.Bot.Tests.Support;

namespace OrgWork.Bot.Tests.Cli;

/// <summary><c>roster import</c> end to end: the real program on a database of its own, its output and exit code.</summary>
public class RosterImportVerbTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private const string Roster = """
        姓名,手机号,所属支部,上级党组织,人员类别,职务,角色,备注
        张三,13800000001,第一党支部,城关镇党委,正式党员,支部书记,管理员,
        李四,13800000002,第一党支部,城关镇党委,预备党员,,,
        王五,13800000003,第二党支部,城关镇党委,,,讲师,
        """;

    private static async Task<(int ExitCode, string[] Lines)> RunAsync(WorkFolder work, params string[] arguments)
    {
        var (exitCode, output, errors) = await BotProcess.RunAsync(work.Path, "", Timeout, ["roster", "import", .. arguments]);
        Assert.DoesNotContain("Exception", errors, StringComparison.Ordinal);
        return (exitCode, output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private static string Write(WorkFolder work, string name, byte[] bytes)
    {
        File.WriteAllBytes(Path.Combine(work.Path, name), bytes);
        return name;
    }

    [Fact]
    public async Task AnImportPrintsItsWarningsAndSummaryAndASecondImportChangesNothing()
    {
        using var work = new WorkFolder();
        var file = Write(work, "名册.csv", Encoding.UTF8.GetBytes(Roster));

        var first = await RunAsync(work, file);
        var second = await RunAsync(work, file);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(
        [
            "名册.csv:1: 警告 [RS005]: 未知的列“备注”被忽略（可用的列：姓名、手机号、所属支部、上级党组织、人员类别、职务、角色）",
            "新建支部 2 个：第一党支部、第二党支部",
            "新增 3 人，更新 0 人，未变 0 人",
        ], first.Lines);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal("新增 0 人，更新 0 人，未变 3 人", second.Lines[^1]);
    }

    [Fact]
    public async Task AGbkFileAndAWorkbookImportTheSameMembers()
    {
        using var work = new WorkFolder();
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var csv = Write(work, "gbk.csv", Encoding.GetEncoding("GB18030").GetBytes(Roster));
        using var workbook = new MemoryStream();
        workbook.SaveAs(
            new[]
            {
                Row("张三", 13800000001, "第一党支部", "城关镇党委", "正式党员", "支部书记", "管理员"),
                Row("李四", 13800000002, "第一党支部", "城关镇党委", "预备党员", null, null),
                Row("王五", 13800000003, "第二党支部", "城关镇党委", null, null, "讲师"),
            },
            excelType: ExcelType.XLSX);
        var xlsx = Write(work, "名册.xlsx", workbook.ToArray());

        var fromCsv = await RunAsync(work, csv);
        var fromXlsx = await RunAsync(work, xlsx);

        Assert.Equal("新增 3 人，更新 0 人，未变 0 人", fromCsv.Lines[^1]);
        Assert.Equal(0, fromXlsx.ExitCode);
        Assert.Equal(["新增 0 人，更新 0 人，未变 3 人"], fromXlsx.Lines);
    }

    [Fact]
    public async Task AnyErrorFailsTheRunAndImportsNothing()
    {
        using var work = new WorkFolder();
        var bad = Write(work, "bad.csv", Encoding.UTF8.GetBytes("""
            姓名,手机号,所属支部,人员类别
            张三,13800000001,第一党支部,正式党员
            李四,1380000,第一党支部,党员
            张三,13800000001,第二党支部,
            """));
        var good = Write(work, "good.csv", Encoding.UTF8.GetBytes(Roster));

        var failed = await RunAsync(work, bad);
        var dryRun = await RunAsync(work, good, "--dry-run");

        Assert.Equal(1, failed.ExitCode);
        Assert.Equal(
        [
            "bad.csv:3: 错误 [RS103]: 手机号“1380000”格式不对：应为 11 位数字",
            "bad.csv:3: 错误 [RS107]: 未知的人员类别“党员”（可用：正式党员、预备党员、入党积极分子、群众）",
            "bad.csv:4: 错误 [RS105]: 同一手机号出现在两个支部：第 2 行是“第一党支部”，第 4 行是“第二党支部”；一名党员只能属于一个支部",
            "发现 3 个错误：没有导入任何人员，请改正后重新导入。",
        ], failed.Lines);
        Assert.Contains("新增 3 人，更新 0 人，未变 0 人", dryRun.Lines);
    }

    [Fact]
    public async Task ADryRunReportsButWritesNothing()
    {
        using var work = new WorkFolder();
        var file = Write(work, "名册.csv", Encoding.UTF8.GetBytes(Roster));

        var first = await RunAsync(work, file, "--dry-run", "--deactivate-missing");
        var second = await RunAsync(work, file, "--dry-run");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(["新增 3 人，更新 0 人，未变 0 人，停用 0 人", "试运行：没有写入任何数据。"], first.Lines[^2..]);
        Assert.Equal(["新增 3 人，更新 0 人，未变 0 人", "试运行：没有写入任何数据。"], second.Lines[^2..]);
    }

    [Fact]
    public async Task DeactivateMissingCountsTheMembersTheFileNoLongerLists()
    {
        using var work = new WorkFolder();
        var all = Write(work, "all.csv", Encoding.UTF8.GetBytes(Roster));
        var two = Write(work, "two.csv", Encoding.UTF8.GetBytes(string.Join('\n', Roster.Split('\n')[..3])));
        await RunAsync(work, all);

        var withoutFlag = await RunAsync(work, two);
        var withFlag = await RunAsync(work, two, "--deactivate-missing");
        var back = await RunAsync(work, all, "--deactivate-missing");

        Assert.Equal("新增 0 人，更新 0 人，未变 2 人", withoutFlag.Lines[^1]);
        Assert.Equal("新增 0 人，更新 0 人，未变 2 人，停用 1 人", withFlag.Lines[^1]);
        Assert.Equal("新增 0 人，更新 1 人，未变 2 人，停用 0 人", back.Lines[^1]);
    }

    [Fact]
    public async Task AMissingFileIsSaidSo()
    {
        using var work = new WorkFolder();

        var (exitCode, lines) = await RunAsync(work, "nowhere.xlsx");

        Assert.Equal(1, exitCode);
        Assert.Equal(["找不到文件：nowhere.xlsx"], lines);
    }

    private static Dictionary<string, object?> Row(string name, long phone, string branch, string parent, string? category, string? position, string? role) => new()
    {
        ["姓名"] = name,
        ["手机号"] = phone,
        ["所属支部"] = branch,
        ["上级党组织"] = parent,
        ["人员类别"] = category,
        ["职务"] = position,
        ["角色"] = role,
    };
}
