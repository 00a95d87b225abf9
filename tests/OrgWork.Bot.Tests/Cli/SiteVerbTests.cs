using System.Text.RegularExpressions;
using OrgWork.Bot.FakeTelegram;
using OrgWork.Bot.Tests.Support;

namespace OrgWork.Bot.Tests.Cli;

/// <summary><c>site qr SLUG --png FILE</c>: the printed code of a red-education site as a PNG, with the addresses it stands for.</summary>
public sealed partial class SiteVerbTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task TheSitesCodeIsWrittenAsAPngAndStaysTheSameWhileTheDatabaseKeepsItsKey()
    {
        using var work = NewWork();

        var (exitCode, output, errors) = await RunAsync(work, "poster.png");
        var (_, again, _) = await RunAsync(work, "again.png");
        var png = await File.ReadAllBytesAsync(Path.Combine(work.Path, "poster.png"));

        Assert.True(exitCode == 0, errors);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        var code = WebCode().Match(output) is { Success: true } match ? match.Groups[1].Value : throw new Xunit.Sdk.XunitException("no web address in:\n" + output);
        Assert.Contains(CheckInContent.SiteTitle, output, StringComparison.Ordinal);
        Assert.Contains($"在机器人中发送：/start site_{code}", output, StringComparison.Ordinal);
        Assert.Contains($"/checkin/site/{code}", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithABotTokenTheDeepLinkNamesTheBotTelegramReports()
    {
        using var work = NewWork();
        await using var api = await FakeBotApi.StartAsync();

        var (exitCode, output, errors) = await RunAsync(work, "poster.png", $"--Telegram:Token={FakeBotApi.Token}", $"--Telegram:BaseUrl={api.BaseUrl}");

        Assert.True(exitCode == 0, errors);
        var code = WebCode().Match(output).Groups[1].Value;
        Assert.Contains($"Telegram 链接：https://t.me/{FakeBotApi.BotUsername}?start=site_{code}", output, StringComparison.Ordinal);
        Assert.Equal(1, api.CountOf("getMe"));
    }

    [Fact]
    public async Task AnUnknownSiteIsRefusedInChineseAndNoFileIsWritten()
    {
        using var work = NewWork();

        var (exitCode, _, errors) = await BotProcess.RunAsync(work.Path, "", Timeout, ["site", "qr", "no-such-site", "--png", "x.png"]);

        Assert.Equal(1, exitCode);
        Assert.Contains("没有标识为“no-such-site”的红色教育基地", errors, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(work.Path, "x.png")));
    }

    private static WorkFolder NewWork()
    {
        var work = new WorkFolder();
        CheckInContent.Write(Path.Combine(work.Path, "content"));
        return work;
    }

    private static Task<(int ExitCode, string Output, string Errors)> RunAsync(WorkFolder work, string file, params string[] settings) =>
        BotProcess.RunAsync(work.Path, "", Timeout, ["site", "qr", CheckInContent.SiteSlug, "--png", file, "--Web:PublicUrl=https://xuexi.example.cn", .. settings]);

    [GeneratedRegex(@"网页地址（二维码的内容）：https://xuexi\.example\.cn/checkin/site/([A-Za-z0-9_-]+)")]
    private static partial Regex WebCode();
}
