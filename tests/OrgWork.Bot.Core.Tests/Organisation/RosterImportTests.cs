using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Core.Organisation.Roster;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Organisation;

/// <summary>Importing the roster into storage: members keyed by 手机号, branches and 上级党组织 created, idempotent, all or nothing.</summary>
public abstract class RosterImportTests(StorageProvider storage)
{
    private const long Admin = 9001;

    private static readonly RosterActor CommandLine = new(null, "命令行");

    private static readonly string Roster = RosterFiles.Csv(
        "张三,13800000001,第一党支部,城关镇党委,正式党员,支部书记,管理员",
        "李四,13800000002,第一党支部,城关镇党委,预备党员,,",
        "王五,13800000003,第二党支部,城关镇党委,入党积极分子,,讲师");

    private Task<TestBot> StartAsync() =>
        TestBot.StartAsync(storage, settings: new Dictionary<string, string?> { ["Bot:Admins:0"] = Admin.ToString(CultureInfo.InvariantCulture) });

    private static RosterImport Importer(TestBot bot) => bot.Services.GetRequiredService<RosterImport>();

    private static Task<RosterPlan> PlanAsync(TestBot bot, string csv, string fileName = "名册.csv") =>
        PlanAsync(bot, RosterFiles.Utf8(csv), fileName);

    private static Task<RosterPlan> PlanAsync(TestBot bot, byte[] bytes, string fileName) =>
        Importer(bot).PlanAsync(new MemoryStream(bytes), fileName, CancellationToken.None);

    private static async Task<RosterCounts> ImportAsync(TestBot bot, string csv, bool deactivateMissing = false)
    {
        var plan = await PlanAsync(bot, csv);
        Assert.True(plan.CanApply, string.Join("\n", plan.Diagnostics));
        return await Importer(bot).ApplyAsync(plan, CommandLine, new RosterImportOptions { DeactivateMissing = deactivateMissing }, CancellationToken.None);
    }

    private static Task<List<Learner>> MembersAsync(TestBot bot) =>
        bot.QueryAsync(db => db.Learners.Where(l => l.Phone != null).OrderBy(l => l.Phone).ToListAsync());

    [SkippableFact]
    public async Task AFirstImportCreatesMembersBranchesAndTheirParent()
    {
        await using var bot = await StartAsync();

        var counts = await ImportAsync(bot, Roster);

        Assert.Equal("新增 3 人，更新 0 人，未变 0 人", counts.Summary(deactivateMissing: false));
        Assert.Equal(["第一党支部", "第二党支部"], counts.NewBranches);
        var members = await MembersAsync(bot);
        Assert.Equal(["张三", "李四", "王五"], members.Select(m => m.DisplayName));
        Assert.All(members, m => Assert.True(RosterLearnerIds.IsRosterId(m.Id)));
        Assert.Equal(3, members.Select(m => m.Id).Distinct().Count());
        Assert.Equal([Role.Admin, Role.Member, Role.Trainer], members.Select(m => m.Role));
        Assert.Equal([MemberCategory.Full, MemberCategory.Probationary, MemberCategory.Activist], members.Select(m => m.Category));
        Assert.Equal(["支部书记", null, null], members.Select(m => m.Position));
        Assert.All(members, m => Assert.Null(m.DeactivatedAt));

        var branches = await bot.QueryAsync(db => db.Branches.OrderBy(b => b.Name).ToListAsync());
        var parent = await bot.QueryAsync(db => db.ParentOrganisations.SingleAsync());
        Assert.Equal("城关镇党委", parent.Name);
        Assert.All(branches, b => Assert.Equal(parent.Id, b.ParentId));
        Assert.All(branches, b => Assert.Equal(8, b.InviteCode.Length));
        var first = branches.Single(b => b.Name == "第一党支部");
        Assert.Equal([first.Id, first.Id], members.Where(m => m.DisplayName is "张三" or "李四").Select(m => m.BranchId));
    }

    [SkippableFact]
    public async Task ImportingTheSameFileTwiceChangesNothingTheSecondTime()
    {
        await using var bot = await StartAsync();
        await ImportAsync(bot, Roster);
        var before = await MembersAsync(bot);

        var again = await ImportAsync(bot, Roster);

        Assert.Equal("新增 0 人，更新 0 人，未变 3 人", again.Summary(deactivateMissing: false));
        Assert.Empty(again.NewBranches);
        var after = await MembersAsync(bot);
        Assert.Equal(before.Select(Snapshot), after.Select(Snapshot));
        Assert.Equal(2, await bot.QueryAsync(db => db.Branches.CountAsync()));
        Assert.Equal(1, await bot.QueryAsync(db => db.ParentOrganisations.CountAsync()));
    }

    [SkippableFact]
    public async Task AnXlsxRosterImportsLikeItsCsv()
    {
        await using var bot = await StartAsync();
        await ImportAsync(bot, Roster);
        var workbook = RosterFiles.Xlsx(
        [
            RosterFiles.XlsxRow("张三", 13800000001, "第一党支部", "城关镇党委", "正式党员", "支部书记", "管理员"),
            RosterFiles.XlsxRow("李四", 13800000002, "第一党支部", "城关镇党委", "预备党员"),
            RosterFiles.XlsxRow("王五", 13800000003, "第二党支部", "城关镇党委", "入党积极分子", role: "讲师"),
        ]);

        var plan = await PlanAsync(bot, workbook, "名册.xlsx");

        Assert.Empty(plan.Diagnostics);
        Assert.Equal("新增 0 人，更新 0 人，未变 3 人", plan.Counts!.Summary(deactivateMissing: false));
    }

    [SkippableFact]
    public async Task ChangesAreUpdatedByPhoneNumberAndNewPeopleAdded()
    {
        await using var bot = await StartAsync();
        await ImportAsync(bot, Roster);
        var before = await MembersAsync(bot);

        var counts = await ImportAsync(bot, RosterFiles.Csv(
            "张三,13800000001,第一党支部,城关镇党委,正式党员,支部书记,管理员",
            "李四,13800000002,第二党支部,城关镇党委,正式党员,组织委员,",
            "王五,13800000003,第二党支部,城关镇党委,入党积极分子,,讲师",
            "孙七,13800000005,第三党支部,东关镇党委,,,"));

        Assert.Equal("新增 1 人，更新 1 人，未变 2 人", counts.Summary(deactivateMissing: false));
        Assert.Equal(["第三党支部"], counts.NewBranches);
        var li = (await MembersAsync(bot)).Single(m => m.Phone == "13800000002");
        Assert.Equal(before.Single(m => m.Phone == "13800000002").Id, li.Id);
        Assert.Equal(MemberCategory.Full, li.Category);
        Assert.Equal("组织委员", li.Position);
        Assert.Equal(await bot.QueryAsync(db => db.Branches.Where(b => b.Name == "第二党支部").Select(b => (int?)b.Id).SingleAsync()), li.BranchId);
        Assert.Equal(2, await bot.QueryAsync(db => db.ParentOrganisations.CountAsync()));
    }

    [SkippableFact]
    public async Task APlanAloneWritesNothing()
    {
        await using var bot = await StartAsync();

        var plan = await PlanAsync(bot, Roster);

        Assert.Equal("新增 3 人，更新 0 人，未变 0 人，停用 0 人", plan.Counts!.Summary(deactivateMissing: true));
        Assert.Equal(0, await bot.QueryAsync(db => db.Learners.CountAsync()));
        Assert.Equal(0, await bot.QueryAsync(db => db.Branches.CountAsync()));
        Assert.Equal(0, await bot.QueryAsync(db => db.ParentOrganisations.CountAsync()));
        Assert.Equal(0, await bot.QueryAsync(db => db.AuditEntries.CountAsync()));
    }

    [SkippableFact]
    public async Task AFileWithAnyErrorCannotBeAppliedAndChangesNothing()
    {
        await using var bot = await StartAsync();
        await ImportAsync(bot, Roster);
        var before = await MembersAsync(bot);

        var plan = await PlanAsync(bot, RosterFiles.Csv("张三,13800000001,第九党支部,,,,", "李四,13800000002,第一党支部,,党员,,"));

        Assert.False(plan.CanApply);
        Assert.Null(plan.Counts);
        Assert.Equal(1, plan.ErrorCount);
        await Assert.ThrowsAsync<InvalidOperationException>(() => Importer(bot).ApplyAsync(plan, CommandLine, new RosterImportOptions(), CancellationToken.None));
        Assert.Equal(before.Select(Snapshot), (await MembersAsync(bot)).Select(Snapshot));
        Assert.False(await bot.QueryAsync(db => db.Branches.AnyAsync(b => b.Name == "第九党支部")));
    }

    [SkippableFact]
    public async Task DeactivateMissingKeepsTheHistoryAndAReturningMemberIsReactivated()
    {
        await using var bot = await StartAsync();
        await ImportAsync(bot, Roster);
        var outsider = await bot.SendAsync("/start", 1001);
        Assert.NotEmpty(outsider.Replies);
        var withoutWang = RosterFiles.Csv(
            "张三,13800000001,第一党支部,城关镇党委,正式党员,支部书记,管理员",
            "李四,13800000002,第一党支部,城关镇党委,预备党员,,");

        var kept = await ImportAsync(bot, withoutWang);
        var deactivated = await ImportAsync(bot, withoutWang, deactivateMissing: true);
        var again = await ImportAsync(bot, withoutWang, deactivateMissing: true);

        Assert.Equal("新增 0 人，更新 0 人，未变 2 人", kept.Summary(deactivateMissing: false));
        Assert.Equal("新增 0 人，更新 0 人，未变 2 人，停用 1 人", deactivated.Summary(deactivateMissing: true));
        Assert.Equal("新增 0 人，更新 0 人，未变 2 人，停用 0 人", again.Summary(deactivateMissing: true));
        var wang = (await MembersAsync(bot)).Single(m => m.Phone == "13800000003");
        Assert.Equal(bot.Clock.GetUtcNow().UtcDateTime, wang.DeactivatedAt);
        Assert.Equal("王五", wang.DisplayName);
        Assert.NotNull(wang.BranchId);
        Assert.Null(await bot.QueryAsync(db => db.Learners.Where(l => l.Id == 1001).Select(l => l.DeactivatedAt).SingleAsync()));

        var back = await ImportAsync(bot, Roster, deactivateMissing: true);

        Assert.Equal("新增 0 人，更新 1 人，未变 2 人，停用 0 人", back.Summary(deactivateMissing: true));
        Assert.Null((await MembersAsync(bot)).Single(m => m.Phone == "13800000003").DeactivatedAt);
    }

    [SkippableFact]
    public async Task EveryAppliedImportIsAudited()
    {
        await using var bot = await StartAsync();

        await ImportAsync(bot, Roster);
        await ImportAsync(bot, Roster);

        var entries = await bot.QueryAsync(db => db.AuditEntries.OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal(AuditAction.RosterImport, e.Action));
        Assert.All(entries, e => Assert.Equal("名册.csv", e.Subject));
        Assert.All(entries, e => Assert.Equal("命令行", e.ActorName));
        Assert.All(entries, e => Assert.Null(e.ActorId));
        Assert.Contains("\"added\":3", entries[0].After, StringComparison.Ordinal);
        Assert.Contains("\"unchanged\":3", entries[1].After, StringComparison.Ordinal);
        Assert.DoesNotContain("138", string.Concat(entries.Select(e => e.After)), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task AnInviteCodePlacesOnlyALearnerWithoutABranch()
    {
        await using var bot = await StartAsync();
        await ImportAsync(bot, Roster);
        var code = await bot.QueryAsync(db => db.Branches.Where(b => b.Name == "第一党支部").Select(b => b.InviteCode).SingleAsync());

        var joined = (await bot.SendAsync("/join " + code, 1001)).Replies.Single().Text.Plain;
        var refused = (await bot.SendAsync("/join " + await bot.QueryAsync(db => db.Branches.Where(b => b.Name == "第二党支部").Select(b => b.InviteCode).SingleAsync()), 1001)).Replies.Single().Text.Plain;

        Assert.Contains("已加入「第一党支部」", joined, StringComparison.Ordinal);
        Assert.Contains("支部调整以党员名册为准", refused, StringComparison.Ordinal);
        Assert.Equal(
            await bot.QueryAsync(db => db.Branches.Where(b => b.Name == "第一党支部").Select(b => (int?)b.Id).SingleAsync()),
            await bot.QueryAsync(db => db.Learners.Where(l => l.Id == 1001).Select(l => l.BranchId).SingleAsync()));
    }

    private static string Snapshot(Learner l) =>
        $"{l.Id}|{l.DisplayName}|{l.Phone}|{l.BranchId}|{l.Role}|{l.Category}|{l.Position}|{l.DeactivatedAt:O}|{l.CreatedAt:O}";
}

public sealed class RosterImportTestsOnSqlite() : RosterImportTests(StorageProvider.Sqlite);

public sealed class RosterImportTestsOnPostgres() : RosterImportTests(StorageProvider.Postgres);
