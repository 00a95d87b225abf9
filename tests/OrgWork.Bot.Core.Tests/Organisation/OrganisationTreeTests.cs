using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Core.Conversation.Browsing;
using OrgWork.Bot.Core.Organisation.Roster;
using OrgWork.Bot.Core.Reports;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Organisation;

/// <summary>The organisation tree: 党委/党总支 above branches, set by admins in chat or by the roster; reports and rankings roll up to them.</summary>
public abstract partial class OrganisationTreeTests(StorageProvider storage)
{
    private const long Admin = 9001;

    private Task<TestBot> StartAsync() =>
        TestBot.StartAsync(storage, settings: new Dictionary<string, string?> { ["Bot:Admins:0"] = "9001" });

    private static async Task<string> BranchAsync(TestBot bot, string name) =>
        InviteCode().Match((await bot.SendAsync("/branch add " + name, Admin)).Replies[0].Text.Plain).Groups[1].Value;

    private static async Task<string> SendAsync(TestBot bot, string text, long userId = Admin) =>
        (await bot.SendAsync(text, userId)).Replies.Single().Text.Plain;

    private static async Task FinishLessonAsync(TestBot bot, long userId, string key)
    {
        var lesson = bot.Services.GetCatalogue().FindLessonByKey(key)!;
        await bot.PressAsync(BrowsingActions.ToLessonPage(lesson.Id, lesson.Pages.Count), userId);
    }

    /// <summary>城关镇党委 over 甲支部 and 乙支部, 丙支部 with no parent; learner 1 in 甲, 2 in 乙, 3 in 丙; learner 1 finished a lesson.</summary>
    private static async Task ArrangeTreeAsync(TestBot bot)
    {
        var a = await BranchAsync(bot, "甲支部");
        var b = await BranchAsync(bot, "乙支部");
        var c = await BranchAsync(bot, "丙支部");
        await SendAsync(bot, "/branch parent 甲支部 城关镇党委");
        await SendAsync(bot, "/branch parent 乙支部 城关镇党委");
        await bot.SendAsync("/join " + a, 1);
        await bot.SendAsync("/join " + b, 2);
        await bot.SendAsync("/join " + c, 3);
        await FinishLessonAsync(bot, 1, "alpha/second");
    }

    [SkippableFact]
    public async Task AnAdminSetsABranchsParentWhichIsCreatedWhenNewAndAudited()
    {
        await using var bot = await StartAsync();
        await BranchAsync(bot, "甲支部");

        var reply = await SendAsync(bot, "/branch parent 甲支部 城关镇党委");

        Assert.Equal("「甲支部」的上级党组织已设为「城关镇党委」。", reply);
        var parent = await bot.QueryAsync(db => db.ParentOrganisations.SingleAsync());
        Assert.Equal("城关镇党委", parent.Name);
        Assert.Equal(parent.Id, await bot.QueryAsync(db => db.Branches.Select(b => b.ParentId).SingleAsync()));
        var audit = await bot.QueryAsync(db => db.AuditEntries.SingleAsync());
        Assert.Equal((AuditAction.BranchParent, "甲支部", null, "城关镇党委", (long?)Admin), (audit.Action, audit.Subject, audit.Before, audit.After, audit.ActorId));
    }

    [SkippableFact]
    public async Task AParentCanBeChangedAndCleared()
    {
        await using var bot = await StartAsync();
        await BranchAsync(bot, "甲支部");
        await SendAsync(bot, "/branch parent 甲支部 城关镇党委");

        var again = await SendAsync(bot, "/branch parent 甲支部 城关镇党委");
        var moved = await SendAsync(bot, "/branch parent 甲支部 东关镇党委");
        var cleared = await SendAsync(bot, "/branch parent 甲支部 无");

        Assert.Contains("本来就是「城关镇党委」", again, StringComparison.Ordinal);
        Assert.Contains("已设为「东关镇党委」", moved, StringComparison.Ordinal);
        Assert.Equal("「甲支部」不再有上级党组织。", cleared);
        Assert.Null(await bot.QueryAsync(db => db.Branches.Select(b => b.ParentId).SingleAsync()));
        Assert.Equal(["城关镇党委→东关镇党委", "东关镇党委→"], await bot.QueryAsync(db => db.AuditEntries.OrderBy(e => e.Id).Skip(1).Select(e => e.Before + "→" + e.After).ToListAsync()));
    }

    [SkippableTheory]
    [InlineData("/branch parent 没有的支部 城关镇党委", "没有名为「没有的支部」的党支部")]
    [InlineData("/branch parent 甲支部", "用法：/branch parent")]
    public async Task BadParentCommandsAreExplained(string command, string expected)
    {
        await using var bot = await StartAsync();
        await BranchAsync(bot, "甲支部");

        Assert.Contains(expected, await SendAsync(bot, command), StringComparison.Ordinal);
        Assert.Equal(0, await bot.QueryAsync(db => db.ParentOrganisations.CountAsync()));
    }

    [SkippableFact]
    public async Task MembersCannotSetParents()
    {
        await using var bot = await StartAsync();
        await BranchAsync(bot, "甲支部");

        Assert.Contains("权限", await SendAsync(bot, "/branch parent 甲支部 城关镇党委", 1), StringComparison.Ordinal);
        Assert.Equal(0, await bot.QueryAsync(db => db.ParentOrganisations.CountAsync()));
    }

    [SkippableFact]
    public async Task TheBranchListShowsTheTree()
    {
        await using var bot = await StartAsync();
        await ArrangeTreeAsync(bot);

        var list = await SendAsync(bot, "/branch list");

        var lines = list.Split('\n').Select(l => Regex.Replace(l, "邀请码 [A-Z0-9]{8}", "邀请码 X")).ToList();
        Assert.Equal(
        [
            "党支部",
            "城关镇党委",
            "  • 乙支部：邀请码 X，1 名成员",
            "  • 甲支部：邀请码 X，1 名成员",
            "未设上级党组织",
            "  • 丙支部：邀请码 X，1 名成员",
        ], lines);
    }

    [SkippableFact]
    public async Task TheReportRollsUpToTheParent()
    {
        await using var bot = await StartAsync();
        await ArrangeTreeAsync(bot);

        var rows = await bot.QueryAsync(db => bot.Services.GetRequiredService<BranchReportBuilder>().BuildAsync(db, bot.Clock.Now.UtcDateTime, ReportLevel.Parent, CancellationToken.None));

        Assert.Equal(["城关镇党委", "（未设上级党组织）", "（未加入支部）"], rows.Select(r => r.Branch));
        Assert.Equal([2, 1, 1], rows.Select(r => r.Members));
        Assert.Equal(1, rows[0].LessonsFinished);
        Assert.StartsWith("上级党组织,党员数", ReportFormatter.Csv(rows, ReportLevel.Parent), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ReportInChatRollsUpWithAnArgument()
    {
        await using var bot = await StartAsync();
        await ArrangeTreeAsync(bot);

        var byParent = await bot.SendAsync("/report 上级", Admin);
        var byBranch = await bot.SendAsync("/report", Admin);

        Assert.Contains("各上级党组织学习情况", byParent.Replies[0].Text.Plain, StringComparison.Ordinal);
        Assert.Contains("城关镇党委", byParent.Replies[0].Text.Plain, StringComparison.Ordinal);
        Assert.DoesNotContain("甲支部", byParent.Replies[0].Text.Plain, StringComparison.Ordinal);
        Assert.NotNull(byParent.Replies[1].Image);
        Assert.Contains("甲支部", byBranch.Replies[0].Text.Plain, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task RankRollsUpToTheParent()
    {
        await using var bot = await StartAsync();
        await ArrangeTreeAsync(bot);

        var text = await SendAsync(bot, "/rank 上级", 2);

        Assert.Contains("上级党组织学习排行", text, StringComparison.Ordinal);
        Assert.Contains("1. 城关镇党委：人均 2.5 分", text, StringComparison.Ordinal);
        Assert.Contains("2. （未设上级党组织）：人均 0.0 分", text, StringComparison.Ordinal);
        Assert.DoesNotContain("甲支部", text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task MembersTheRosterDeactivatedAreNotCounted()
    {
        await using var bot = await StartAsync();
        var import = bot.Services.GetRequiredService<RosterImport>();
        var actor = new RosterActor(null, "命令行");
        var both = await import.PlanAsync(new MemoryStream(RosterFiles.Utf8(RosterFiles.Csv("张三,13800000001,甲支部,城关镇党委,,,", "李四,13800000002,甲支部,城关镇党委,,,"))), "a.csv", CancellationToken.None);
        await import.ApplyAsync(both, actor, new RosterImportOptions(), CancellationToken.None);
        var one = await import.PlanAsync(new MemoryStream(RosterFiles.Utf8(RosterFiles.Csv("张三,13800000001,甲支部,城关镇党委,,,"))), "b.csv", CancellationToken.None);
        await import.ApplyAsync(one, actor, new RosterImportOptions { DeactivateMissing = true }, CancellationToken.None);

        var rows = await bot.QueryAsync(db => bot.Services.GetRequiredService<BranchReportBuilder>().BuildAsync(db, bot.Clock.Now.UtcDateTime, ReportLevel.Parent, CancellationToken.None));

        var row = Assert.Single(rows);
        Assert.Equal(("城关镇党委", 1, 0), (row.Branch, row.Members, row.ActiveThisWeek));
        Assert.Contains("甲支部：邀请码", await SendAsync(bot, "/branch list"), StringComparison.Ordinal);
        Assert.Contains("，1 名成员", await SendAsync(bot, "/branch list"), StringComparison.Ordinal);
    }

    [GeneratedRegex("邀请码：([A-Z0-9]{8})")]
    private static partial Regex InviteCode();
}

public sealed class OrganisationTreeTestsOnSqlite() : OrganisationTreeTests(StorageProvider.Sqlite);

public sealed class OrganisationTreeTestsOnPostgres() : OrganisationTreeTests(StorageProvider.Postgres);
