using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Publishing;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Organisation;

/// <summary>An admin sends the roster in chat: the report first, then 导入 or 取消.</summary>
public abstract class RosterUploadTests(StorageProvider storage)
{
    private const long Admin = 9001;
    private const long Member = 1001;

    private const string Roster = """
        姓名,手机号,所属支部
        张三,13800000001,第一党支部
        李四,13800000002,第二党支部
        """;

    private Task<TestBot> StartAsync() =>
        TestBot.StartAsync(storage, settings: new Dictionary<string, string?> { ["Bot:Admins:0"] = Admin.ToString(CultureInfo.InvariantCulture) });

    [SkippableFact]
    public async Task TheReportComesFirstAndImportAppliesIt()
    {
        await using var bot = await StartAsync();

        var report = await bot.SendFileAsync("党员名册.csv", Roster, Admin);
        var before = await bot.QueryAsync(db => db.Learners.CountAsync(l => l.Phone != null));
        var imported = await bot.PressAsync(report, "导入", Admin);

        Assert.Contains("新增 2 人，更新 0 人，未变 0 人", report.Replies.Single().Text.Plain, StringComparison.Ordinal);
        Assert.Equal(0, before);
        Assert.Contains("已导入名册", imported.Replies.Single().Text.Plain, StringComparison.Ordinal);
        Assert.Equal(2, await bot.QueryAsync(db => db.Learners.CountAsync(l => l.Phone != null)));
        Assert.Equal(AuditAction.RosterImport, await bot.QueryAsync(db => db.AuditEntries.Select(e => e.Action).SingleAsync()));
    }

    [SkippableFact]
    public async Task CancelImportsNothingAndTheButtonThenGoesStale()
    {
        await using var bot = await StartAsync();

        var report = await bot.SendFileAsync("党员名册.csv", Roster, Admin);
        var cancelled = await bot.PressAsync(report, "取消", Admin);
        var late = await bot.PressAsync(report, "导入", Admin);

        Assert.Contains("已取消", cancelled.Replies.Single().Text.Plain, StringComparison.Ordinal);
        Assert.Equal(0, await bot.QueryAsync(db => db.Learners.CountAsync(l => l.Phone != null)));
        Assert.Empty(late.Replies);
    }

    [SkippableFact]
    public async Task ARosterWithErrorsGetsItsReportAndNoButtons()
    {
        await using var bot = await StartAsync();

        var report = await bot.SendFileAsync("党员名册.csv", "姓名,手机号,所属支部\n张三,1380000,第一党支部\n", Admin);

        var reply = report.Replies.Single();
        Assert.Contains("党员名册.csv:2: 错误 [", reply.Text.Plain, StringComparison.Ordinal);
        Assert.Empty(reply.Buttons);
        Assert.False(await bot.QueryAsync(db => db.StagedUploads.AnyAsync()));
    }

    [SkippableFact]
    public async Task AMemberWhoSendsARosterIsRefused()
    {
        await using var bot = await StartAsync();

        var reply = await bot.SendFileAsync("党员名册.csv", Roster, Member);

        Assert.Contains("只有管理员", reply.Replies.Single().Text.Plain, StringComparison.Ordinal);
    }
}

public sealed class RosterUploadTestsOnSqlite() : RosterUploadTests(StorageProvider.Sqlite);

public sealed class RosterUploadTestsOnPostgres() : RosterUploadTests(StorageProvider.Postgres);
