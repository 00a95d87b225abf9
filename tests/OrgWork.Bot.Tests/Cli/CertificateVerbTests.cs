using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Core;
using OrgWork.Bot.Core.Certificates;
using OrgWork.Bot.Core.Certificates.Storage;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Tests.Support;

namespace OrgWork.Bot.Tests.Cli;

/// <summary><c>certificate list</c> and <c>certificate revoke</c> end to end, on a roster member's certificate.</summary>
public sealed class CertificateVerbTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task AMembersCertificateIsListedThenRevokedWithAReasonOnce()
    {
        using var work = new WorkFolder();
        File.WriteAllBytes(Path.Combine(work.Path, "名册.csv"), Encoding.UTF8.GetBytes("姓名,手机号,所属支部\n张三明,13800000001,第一党支部\n"));
        await BotProcess.RunAsync(work.Path, "", Timeout, ["roster", "import", "名册.csv"]);
        var serial = await IssueAsync(work, "13800000001");

        var (listed, list, _) = await BotProcess.RunAsync(work.Path, "", Timeout, ["certificate", "list", "--member", "13800000001"]);
        var (revoked, revoke, _) = await BotProcess.RunAsync(work.Path, "", Timeout, ["certificate", "revoke", serial.ToLowerInvariant(), "--reason", "信息有误"]);
        var (_, again, _) = await BotProcess.RunAsync(work.Path, "", Timeout, ["certificate", "revoke", serial, "--reason", "再次"]);
        var (unknown, missing, _) = await BotProcess.RunAsync(work.Path, "", Timeout, ["certificate", "revoke", CertificateSerial.Create(), "--reason", "无"]);
        var (_, after, _) = await BotProcess.RunAsync(work.Path, "", Timeout, ["certificate", "list"]);

        Assert.Equal((0, 0, 1), (listed, revoked, unknown));
        Assert.Contains($"{CertificateSerial.Display(serial)}\t张三明\t2026年党章知识考试\t2\t", list, StringComparison.Ordinal);
        Assert.Contains("有效", list, StringComparison.Ordinal);
        Assert.Contains($"已撤销证书 {CertificateSerial.Display(serial)}（张三明，《2026年党章知识考试》）", revoke, StringComparison.Ordinal);
        Assert.Contains("未作改动", again, StringComparison.Ordinal);
        Assert.Contains("没有编号为", missing, StringComparison.Ordinal);
        Assert.Contains("已撤销（", after, StringComparison.Ordinal);
    }

    /// <summary>Issues a certificate as the exam flow would, on the database the program made (its default, data/orgwork.db).</summary>
    private static async Task<string> IssueAsync(WorkFolder work, string phone)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:OrgWork"] = $"Data Source={Path.Combine(work.Path, "data", "orgwork.db")}" })
            .Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddOrgWorkCore(configuration);
        await using var provider = services.BuildServiceProvider();
        await using var db = await provider.GetRequiredService<IDbContextFactory<OrgWorkDbContext>>().CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var memberId = await db.Learners.Where(l => l.Phone == phone).Select(l => l.Id).SingleAsync();
        var certificate = await provider.GetRequiredService<CertificateIssuer>().IssueOnceAsync(
            db, memberId, new CertificateGrant(CertificateSource.Exam, "charter-2026", "2026年党章知识考试", 2), DateTime.UtcNow, CancellationToken.None);
        await transaction.CommitAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return certificate.Serial;
    }
}
