using System.Text;
using OrgWork.Bot.Tests.Support;

namespace OrgWork.Bot.Tests.Cli;

/// <summary><c>roster codes</c> end to end: imported members get codes in a CSV, and a code binds a terminal user.</summary>
public class RosterCodesVerbTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private const string Roster = """
        姓名,手机号,所属支部
        张三,13800000001,第一党支部
        =HYPERLINK("http://evil.example"),13800000002,第一党支部
        王五,13800000003,第二党支部
        """;

    [Fact]
    public async Task CodesAreWrittenForTheBranchsMembersAndOneBindsTheTerminalUser()
    {
        using var work = new WorkFolder();
        File.WriteAllBytes(Path.Combine(work.Path, "名册.csv"), Encoding.UTF8.GetBytes(Roster));
        await BotProcess.RunAsync(work.Path, "", Timeout, ["roster", "import", "名册.csv"]);

        var (exitCode, output, _) = await BotProcess.RunAsync(work.Path, "", Timeout, ["roster", "codes", "--branch", "第一党支部", "--csv", "codes.csv"]);
        var lines = File.ReadAllLines(Path.Combine(work.Path, "codes.csv"), Encoding.UTF8);
        var zhang = lines.Single(l => l.StartsWith("张三,", StringComparison.Ordinal)).Split(',');
        var (_, chat, _) = await BotProcess.RunAsync(work.Path, $"/bind {zhang[3]}\n/me\n", Timeout, ["chat", "--user", "4242"]);

        Assert.Equal(0, exitCode);
        Assert.Contains("已为 2 位", output, StringComparison.Ordinal);
        Assert.Equal("姓名,手机号,所属支部,激活码", lines[0].TrimStart('\uFEFF'));
        Assert.Equal(3, lines.Length);
        Assert.Equal(["张三", "13800000001", "第一党支部"], zhang[..3]);
        Assert.Matches("^[A-Z0-9]{8}$", zhang[3]);
        Assert.DoesNotContain(lines, l => l.StartsWith('=') || l.StartsWith("\"=", StringComparison.Ordinal));
        Assert.Contains("绑定成功", chat, StringComparison.Ordinal);
        Assert.Contains("张三", chat, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownBranchFailsTheRun()
    {
        using var work = new WorkFolder();

        var (exitCode, output, _) = await BotProcess.RunAsync(work.Path, "", Timeout, ["roster", "codes", "--branch", "没有这个支部", "--csv", "codes.csv"]);

        Assert.Equal(1, exitCode);
        Assert.Contains("找不到支部", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(work.Path, "codes.csv")));
    }
}
