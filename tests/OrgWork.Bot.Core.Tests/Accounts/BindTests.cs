using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Accounts;

public abstract class BindTests(StorageProvider storage)
{
    private const long TelegramUser = 1001;
    private const long OtherUser = 1002;
    private const long BootstrapAdmin = 9001;

    private Task<TestBot> StartAsync() =>
        TestBot.StartAsync(storage, settings: new Dictionary<string, string?> { ["Bot:Admins:0"] = BootstrapAdmin.ToString(CultureInfo.InvariantCulture) });

    private static async Task<(Learner Member, string Code)> RosterMemberWithCodeAsync(TestBot bot, string name = "张秀英", string phone = "13800000001")
    {
        return await bot.QueryAsync(async db =>
        {
            var member = await RosterSeed.AddMemberAsync(db, name, phone, "城关镇第一党支部");
            return (member, await RosterSeed.IssueCodeAsync(bot.Services, db, member.Id, bot.Clock.GetUtcNow().UtcDateTime));
        });
    }

    [SkippableFact]
    public async Task BindingWithTheActivationCodeMakesTheAccountTheRosterMember()
    {
        await using var bot = await StartAsync();
        var (member, code) = await RosterMemberWithCodeAsync(bot);
        await bot.SendAsync("你好", TelegramUser);

        var reply = (await bot.SendAsync("/bind " + code.ToLowerInvariant(), TelegramUser)).Replies.Single().Text.Plain;
        var me = (await bot.SendAsync("/me", TelegramUser)).Replies[0].Text.Plain;

        Assert.Contains("绑定成功", reply, StringComparison.Ordinal);
        Assert.Contains("张秀英（城关镇第一党支部）", reply, StringComparison.Ordinal);
        Assert.Contains("张秀英", me, StringComparison.Ordinal);
        Assert.Equal(member.Id, await bot.QueryAsync(db => db.AccountAliases.Where(a => a.AliasId == TelegramUser).Select(a => a.LearnerId).SingleAsync()));
        Assert.NotNull(await bot.QueryAsync(db => db.Learners.Where(l => l.Id == member.Id).Select(l => l.ActivatedAt).SingleAsync()));
    }

    [SkippableFact]
    public async Task ACodeWorksOnce()
    {
        await using var bot = await StartAsync();
        var (_, code) = await RosterMemberWithCodeAsync(bot);
        await bot.SendAsync("/bind " + code, TelegramUser);

        var second = (await bot.SendAsync("/bind " + code, OtherUser)).Replies.Single().Text.Plain;

        Assert.Contains("激活码无效", second, StringComparison.Ordinal);
        Assert.False(await bot.QueryAsync(db => db.AccountAliases.AnyAsync(a => a.AliasId == OtherUser)));
    }

    [SkippableFact]
    public async Task AnExpiredOrUnknownCodeBindsNothing()
    {
        await using var bot = await StartAsync();
        var (_, code) = await RosterMemberWithCodeAsync(bot);

        var unknown = (await bot.SendAsync("/bind ABCDEFGH", TelegramUser)).Replies.Single().Text.Plain;
        bot.Clock.Advance(TimeSpan.FromDays(31));
        var expired = (await bot.SendAsync("/bind " + code, TelegramUser)).Replies.Single().Text.Plain;

        Assert.Contains("激活码无效", unknown, StringComparison.Ordinal);
        Assert.Contains("激活码无效", expired, StringComparison.Ordinal);
        Assert.False(await bot.QueryAsync(db => db.AccountAliases.AnyAsync()));
    }

    [SkippableFact]
    public async Task ANewCodeRetiresTheOldOne()
    {
        await using var bot = await StartAsync();
        var (member, old) = await RosterMemberWithCodeAsync(bot);
        var fresh = await bot.QueryAsync(db => RosterSeed.IssueCodeAsync(bot.Services, db, member.Id, bot.Clock.GetUtcNow().UtcDateTime));

        var withOld = (await bot.SendAsync("/bind " + old, TelegramUser)).Replies.Single().Text.Plain;
        var withFresh = (await bot.SendAsync("/bind " + fresh, TelegramUser)).Replies.Single().Text.Plain;

        Assert.Contains("激活码无效", withOld, StringComparison.Ordinal);
        Assert.Contains("绑定成功", withFresh, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ADeactivatedMemberIsNoLongerServedButTheirHistoryIsKept()
    {
        await using var bot = await StartAsync();
        var (member, code) = await RosterMemberWithCodeAsync(bot);
        await bot.SendAsync("/bind " + code, TelegramUser);
        await bot.SendAsync("/daily", TelegramUser);
        await bot.QueryAsync(db => db.Learners.Where(l => l.Id == member.Id).ExecuteUpdateAsync(s => s.SetProperty(l => l.DeactivatedAt, DateTime.UtcNow)));

        var reply = (await bot.SendAsync("/courses", TelegramUser)).Replies.Single().Text.Plain;

        Assert.Contains("已停用", reply, StringComparison.Ordinal);
        Assert.True(await bot.QueryAsync(db => db.Learners.AnyAsync(l => l.Id == member.Id)));
    }

    [SkippableFact]
    public async Task ABootstrapAdminStaysAdminAfterBindingToTheRoster()
    {
        await using var bot = await StartAsync();
        var (_, code) = await RosterMemberWithCodeAsync(bot);
        await bot.SendAsync("/bind " + code, BootstrapAdmin);

        var report = (await bot.SendAsync("/branch list", BootstrapAdmin)).Replies[0].Text.Plain;

        Assert.DoesNotContain("权限", report, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task AnAccountAlreadyBoundIsTold()
    {
        await using var bot = await StartAsync();
        var (_, code) = await RosterMemberWithCodeAsync(bot);
        var (_, other) = await RosterMemberWithCodeAsync(bot, "李明", "13900000002");
        await bot.SendAsync("/bind " + code, TelegramUser);

        var reply = (await bot.SendAsync("/bind " + other, TelegramUser)).Replies.Single().Text.Plain;

        Assert.Contains("已绑定为「张秀英」", reply, StringComparison.Ordinal);
    }
}

public sealed class BindTestsOnSqlite() : BindTests(StorageProvider.Sqlite);

public sealed class BindTestsOnPostgres() : BindTests(StorageProvider.Postgres);
