using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Learning;

public abstract class OrganisationTests(StorageProvider storage)
{
    private const long Admin = 9001;
    private const long Member = 1001;

    private Task<TestBot> StartAsync() =>
        TestBot.StartAsync(storage, settings: new Dictionary<string, string?> { ["Bot:Admins:0"] = Admin.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    private static async Task<string> CreateBranchAsync(TestBot bot, string name)
    {
        var reply = (await bot.SendAsync("/branch add " + name, Admin)).Replies.Single().Text.Plain;
        return System.Text.RegularExpressions.Regex.Match(reply, "邀请码：([A-Z0-9]{8})").Groups[1].Value;
    }

    [SkippableFact]
    public async Task ALearnerIsCreatedOnFirstContact()
    {
        await using var bot = await StartAsync();

        await bot.SendAsync("随便说点什么");

        var learner = await bot.QueryAsync(db => db.Learners.SingleAsync());
        Assert.Equal(Member, learner.Id);
        Assert.Equal(Role.Member, learner.Role);
    }

    [SkippableFact]
    public async Task AnAdminCreatesABranchAndGetsItsInviteCode()
    {
        await using var bot = await StartAsync();

        var code = await CreateBranchAsync(bot, "第一党支部");

        Assert.Equal(8, code.Length);
        Assert.Equal(code, await bot.QueryAsync(db => db.Branches.Select(b => b.InviteCode).SingleAsync()));
    }

    [SkippableFact]
    public async Task JoinPutsTheLearnerIntoTheBranch()
    {
        await using var bot = await StartAsync();
        var code = await CreateBranchAsync(bot, "第一党支部");

        var reply = (await bot.SendAsync("/join " + code.ToLowerInvariant())).Replies.Single().Text.Plain;

        Assert.Contains("已加入「第一党支部」", reply, StringComparison.Ordinal);
        Assert.NotNull(await bot.QueryAsync(db => db.Learners.Where(l => l.Id == Member).Select(l => l.BranchId).SingleAsync()));
    }

    [SkippableFact]
    public async Task AStartDeepLinkWithACodeJoinsTheBranch()
    {
        await using var bot = await StartAsync();
        var code = await CreateBranchAsync(bot, "第二党支部");

        var result = await bot.SendAsync("/start " + code);

        Assert.Equal(2, result.Replies.Count);
        Assert.Contains("已加入「第二党支部」", result.Replies[1].Text.Plain, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task AnUnknownCodeIsSaidSo()
    {
        await using var bot = await StartAsync();

        var reply = (await bot.SendAsync("/join ZZZZ9999")).Replies.Single().Text.Plain;

        Assert.Contains("邀请码 ZZZZ9999 无效", reply, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task BranchListShowsCodesAndMemberCounts()
    {
        await using var bot = await StartAsync();
        var code = await CreateBranchAsync(bot, "第一党支部");
        await bot.SendAsync("/join " + code);

        var reply = (await bot.SendAsync("/branch list", Admin)).Replies.Single().Text.Plain;

        Assert.Contains($"第一党支部：邀请码 {code}，1 名成员", reply, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("/branch add 偷偷建的支部")]
    [InlineData("/grant 1001 admin")]
    [InlineData("/report")]
    [InlineData("/stats 1")]
    public async Task MembersAreRefusedPrivilegedCommands(string command)
    {
        await using var bot = await StartAsync();

        var reply = (await bot.SendAsync(command)).Replies.Single().Text.Plain;

        Assert.Contains("权限", reply, StringComparison.Ordinal);
        Assert.Equal(0, await bot.QueryAsync(db => db.Branches.CountAsync()));
        Assert.Equal(Role.Member, await bot.QueryAsync(db => db.Learners.Where(l => l.Id == Member).Select(l => l.Role).SingleAsync()));
    }

    [SkippableFact]
    public async Task AnAdminGrantsTheTrainerRole()
    {
        await using var bot = await StartAsync();
        await bot.SendAsync("/start");

        var reply = (await bot.SendAsync("/grant 1001 讲师", Admin)).Replies.Single().Text.Plain;

        Assert.Contains("设为讲师", reply, StringComparison.Ordinal);
        Assert.Equal(Role.Trainer, await bot.QueryAsync(db => db.Learners.Where(l => l.Id == Member).Select(l => l.Role).SingleAsync()));
        Assert.DoesNotContain("权限", (await bot.SendAsync("/report")).Replies[0].Text.Plain, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task HelpListsOnlyTheCommandsOfTheLearnersRole()
    {
        await using var bot = await StartAsync();

        var member = (await bot.SendAsync("/help")).Replies[0].Text.Plain;
        var admin = (await bot.SendAsync("/help", Admin)).Replies[0].Text.Plain;

        Assert.DoesNotContain("/grant", member, StringComparison.Ordinal);
        Assert.Contains("/grant", admin, StringComparison.Ordinal);
        Assert.Contains("/daily", member, StringComparison.Ordinal);
    }
}

public sealed class OrganisationTestsOnSqlite() : OrganisationTests(StorageProvider.Sqlite);

public sealed class OrganisationTestsOnPostgres() : OrganisationTests(StorageProvider.Postgres);
