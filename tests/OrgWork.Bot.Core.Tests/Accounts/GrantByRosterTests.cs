using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Accounts;

public abstract class GrantByRosterTests(StorageProvider storage)
{
    private const long Admin = 9001;

    private Task<TestBot> StartAsync() =>
        TestBot.StartAsync(storage, settings: new Dictionary<string, string?> { ["Bot:Admins:0"] = Admin.ToString(CultureInfo.InvariantCulture) });

    [SkippableFact]
    public async Task AnAdminGrantsARoleByPhoneNumberAndTheChangeIsAudited()
    {
        await using var bot = await StartAsync();
        var member = await bot.QueryAsync(db => RosterSeed.AddMemberAsync(db, "王建国", "13700000007", "城关镇第一党支部"));

        var reply = (await bot.SendAsync("/grant 13700000007 讲师", Admin)).Replies.Single().Text.Plain;

        Assert.Contains("王建国", reply, StringComparison.Ordinal);
        Assert.Equal(Role.Trainer, await bot.QueryAsync(db => db.Learners.Where(l => l.Id == member.Id).Select(l => l.Role).SingleAsync()));
        var entry = await bot.QueryAsync(db => db.AuditEntries.SingleAsync());
        Assert.Equal(AuditAction.MemberRole, entry.Action);
        Assert.Equal(Admin, entry.ActorId);
        Assert.Equal(("党员", "讲师"), (entry.Before, entry.After));
        Assert.DoesNotContain("13700000007", entry.Subject, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ANameSharedByTwoMembersIsAnsweredWithTheChoicesAndChangesNothing()
    {
        await using var bot = await StartAsync();
        await bot.QueryAsync(db => RosterSeed.AddMemberAsync(db, "李娜", "13700000001", "第一党支部"));
        await bot.QueryAsync(db => RosterSeed.AddMemberAsync(db, "李娜", "13700000002", "第二党支部"));

        var reply = (await bot.SendAsync("/grant 李娜 管理员", Admin)).Replies.Single().Text.Plain;

        Assert.Contains("有 2 人叫「李娜」", reply, StringComparison.Ordinal);
        Assert.Contains("137****0001", reply, StringComparison.Ordinal);
        Assert.Contains("137****0002", reply, StringComparison.Ordinal);
        Assert.False(await bot.QueryAsync(db => db.Learners.AnyAsync(l => l.Role == Role.Admin)));
        Assert.False(await bot.QueryAsync(db => db.AuditEntries.AnyAsync()));
    }

    [SkippableFact]
    public async Task AUniqueNameIsEnough()
    {
        await using var bot = await StartAsync();
        var member = await bot.QueryAsync(db => RosterSeed.AddMemberAsync(db, "赵红梅", "13700000003", "第一党支部"));

        await bot.SendAsync("/grant 赵红梅 admin", Admin);

        Assert.Equal(Role.Admin, await bot.QueryAsync(db => db.Learners.Where(l => l.Id == member.Id).Select(l => l.Role).SingleAsync()));
    }
}

public sealed class GrantByRosterTestsOnSqlite() : GrantByRosterTests(StorageProvider.Sqlite);

public sealed class GrantByRosterTestsOnPostgres() : GrantByRosterTests(StorageProvider.Postgres);
