using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Notices;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;
using OrgWork.Bot.Testing;

namespace OrgWork.Bot.Core.Tests.Notices;

/// <summary><c>/broadcast</c>, notices on every channel, 已读 and read rates.</summary>
public abstract class NoticeTests(StorageProvider storage)
{
    private const long Admin = 9001;
    private const long TelegramUser = 1001;
    private const long BoundTelegramAccount = 5001;
    private const string FirstBranch = "第一党支部";
    private const string SecondBranch = "第二党支部";

    private static Dictionary<string, string?> Settings() => new() { ["Bot:Admins:0"] = Admin.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    /// <summary>
    /// The admin and a Telegram user without a branch; 张三 (bound to a Telegram account) and 李四 (web only) in the first
    /// branch; 王五 in the second; 赵六 deactivated in the first.
    /// </summary>
    private static async Task<(TestBot Bot, Learner Zhang, Learner Li, Learner Wang)> StartAsync(StorageProvider storage, RecordingBroadcastChannel? channel = null)
    {
        var bot = await TestBot.StartAsync(storage, settings: Settings(), configure: channel is null ? null : s => s.AddSingleton<IBroadcastChannel>(channel));
        await bot.SendAsync("/start", userId: Admin);
        await bot.SendAsync("/start", userId: TelegramUser);
        var (zhang, li, wang) = await bot.QueryAsync(async db =>
        {
            var zhang = await RosterSeed.AddMemberAsync(db, "张三", "13800000001", FirstBranch);
            var li = await RosterSeed.AddMemberAsync(db, "李四", "13800000002", FirstBranch);
            var wang = await RosterSeed.AddMemberAsync(db, "王五", "13800000003", SecondBranch);
            var zhao = await RosterSeed.AddMemberAsync(db, "赵六", "13800000004", FirstBranch);
            zhao.DeactivatedAt = DateTime.UtcNow;
            db.AccountAliases.Add(new AccountAlias { AliasId = BoundTelegramAccount, LearnerId = zhang.Id, CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
            return (zhang, li, wang);
        });
        return (bot, zhang, li, wang);
    }

    private static string Text(ConversationResult result) => string.Join("\n", result.Replies.Select(r => r.Text.Plain));

    [SkippableFact]
    public async Task OnlyAdminsMayBroadcastAndAnEmptyOneGetsTheUsage()
    {
        var (bot, _, _, _) = await StartAsync(storage);
        await using var _ = bot;

        var refused = await bot.SendAsync("/broadcast 明天开会", userId: TelegramUser);
        var empty = await bot.SendAsync("/broadcast", userId: Admin);
        var branchOnly = await bot.SendAsync($"/broadcast {FirstBranch}", userId: Admin);

        Assert.Equal(UiText.Format(UiText.NotAllowed, "/broadcast", UiText.RoleName(Role.Admin)), Text(refused));
        Assert.Equal(UiText.Format(UiText.BroadcastUsage, NoticeBoard.MaxTextLength), Text(empty));
        Assert.Equal(Text(empty), Text(branchOnly));
        Assert.Equal(0, await bot.QueryAsync(db => db.Set<Notice>().CountAsync()));
    }

    [SkippableFact]
    public async Task ABranchNameAsTheFirstWordSendsToThatBranchsActiveMembersOnly()
    {
        var (bot, zhang, li, _) = await StartAsync(storage);
        await using var _ = bot;

        var reply = await bot.SendAsync($"/broadcast {FirstBranch} 本周五下午三点集中学习。", userId: Admin);

        Assert.Equal(UiText.Format(UiText.BroadcastSent, 2, 1), Text(reply));
        var notice = await bot.QueryAsync(db => db.Set<Notice>().SingleAsync());
        Assert.Equal("本周五下午三点集中学习。", notice.Text);
        Assert.Equal(Admin, notice.SenderId);
        Assert.NotNull(notice.BranchId);
        var recipients = await bot.QueryAsync(db => db.Set<NoticeRecipient>().OrderBy(r => r.LearnerId).ToListAsync());
        Assert.Equal(new[] { zhang.Id, li.Id }.Order(), recipients.Select(r => r.LearnerId));
        Assert.True(recipients.Single(r => r.LearnerId == zhang.Id).ViaTelegram);
        Assert.False(recipients.Single(r => r.LearnerId == li.Id).ViaTelegram);
    }

    [SkippableFact]
    public async Task WithoutABranchNameEveryActiveMemberGetsTheWholeText()
    {
        var (bot, _, _, _) = await StartAsync(storage);
        await using var _ = bot;

        var reply = await bot.SendAsync("/broadcast 第三党支部 的同志请注意：本周学习改到周六。", userId: Admin);

        // The Telegram user, 张三, 李四 and 王五; not the deactivated 赵六, nor the admin who sent it.
        Assert.Equal(UiText.Format(UiText.BroadcastSent, 4, 2), Text(reply));
        var notice = await bot.QueryAsync(db => db.Set<Notice>().SingleAsync());
        Assert.Null(notice.BranchId);
        Assert.Equal("第三党支部 的同志请注意：本周学习改到周六。", notice.Text);
    }

    [SkippableFact]
    public async Task TelegramMembersGetTheNoticeOnceAtTheirTelegramAccountWithAReadButton()
    {
        var channel = new RecordingBroadcastChannel();
        var (bot, zhang, _, _) = await StartAsync(storage, channel);
        await using var _ = bot;
        await bot.SendAsync($"/broadcast {FirstBranch} 请于周五前提交学习心得。", userId: Admin);
        var dispatcher = bot.Services.GetRequiredService<NoticeDispatcher>();

        var first = await dispatcher.DispatchPendingAsync(CancellationToken.None);
        var second = await dispatcher.DispatchPendingAsync(CancellationToken.None);

        Assert.Equal(1, first);
        Assert.Equal(0, second);
        var (userId, reply) = Assert.Single(channel.Sent);
        Assert.Equal(BoundTelegramAccount, userId);
        Assert.Contains("请于周五前提交学习心得。", reply.Text.Plain, StringComparison.Ordinal);
        Assert.Contains(FirstBranch, reply.Text.Plain, StringComparison.Ordinal);
        var button = Assert.Single(reply.Buttons.SelectMany(row => row));
        Assert.Equal(UiText.ButtonNoticeRead, button.Label);
        var zhangs = await bot.QueryAsync(db => db.Set<NoticeRecipient>().SingleAsync(r => r.LearnerId == zhang.Id));
        Assert.NotNull(zhangs.TelegramDeliveredAt);
        Assert.Null(zhangs.TelegramClaim);

        // Pressed on Telegram (the bound account): read once, for the roster member.
        var read = await bot.PressAsync(button.Data, userId: BoundTelegramAccount);
        var again = await bot.PressAsync(button.Data, userId: BoundTelegramAccount);
        Assert.Equal(UiText.NoticeMarkedRead, read.Toast);
        Assert.True(Assert.Single(read.Replies).ReplacesSource);
        Assert.Equal(UiText.NoticeAlreadyRead, again.Toast);
        Assert.NotNull(await bot.QueryAsync(db => db.Set<NoticeRecipient>().Where(r => r.LearnerId == zhang.Id).Select(r => r.ReadAt).SingleAsync()));
    }

    [SkippableFact]
    public async Task ABatchCutShortByACrashIsSentAgainAfterItsLeaseAndNothingIsLost()
    {
        var hanging = new HangingBroadcastChannel();
        var (bot, _, _, _) = await StartAsync(storage, null);
        await using var _ = bot;
        await bot.SendAsync("/broadcast 全县党员大会周一召开。", userId: Admin);
        await using var crashed = await bot.StartAnotherInstanceAsync(s => s.AddSingleton<IBroadcastChannel>(hanging));
        using var crash = new CancellationTokenSource();

        var dying = crashed.GetRequiredService<NoticeDispatcher>().DispatchPendingAsync(crash.Token);
        await hanging.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await crash.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => dying);

        var recording = new RecordingBroadcastChannel();
        await using var survivor = await bot.StartAnotherInstanceAsync(s => s.AddSingleton<IBroadcastChannel>(recording));
        var survivorDispatcher = survivor.GetRequiredService<NoticeDispatcher>();
        var beforeLease = await survivorDispatcher.DispatchPendingAsync(CancellationToken.None);
        bot.Clock.Advance(TimeSpan.FromMinutes(3));
        var afterLease = await survivorDispatcher.DispatchPendingAsync(CancellationToken.None);

        Assert.Equal(0, beforeLease);
        Assert.Equal(2, afterLease);
        Assert.Equal(new[] { TelegramUser, BoundTelegramAccount }.Order(), recording.Recipients.Order());
    }

    [SkippableFact]
    public async Task ATerminalMemberSeesUnreadNoticesWithTheirNextReplyOnceAndReadsThemFromThere()
    {
        var (bot, _, _, _) = await StartAsync(storage);
        await using var _ = bot;
        await bot.SendAsync($"/broadcast {FirstBranch} 请于周五前提交学习心得。", userId: Admin);

        var next = await TerminalAsync(bot, "/help");
        var later = await TerminalAsync(bot, "/help");

        var notice = Assert.Single(next.Replies, r => r.Text.Plain.Contains("请于周五前提交学习心得。", StringComparison.Ordinal));
        Assert.DoesNotContain(later.Replies, r => r.Text.Plain.Contains("请于周五前提交学习心得。", StringComparison.Ordinal));
        var read = await bot.Engine.HandleAsync(
            ChatInput.FromButton("terminal", "terminal", BoundTelegramAccount, notice.Buttons[0][0].Data), CancellationToken.None);
        Assert.Equal(UiText.NoticeMarkedRead, read.Toast);
        Assert.Contains(UiText.NoticeReadMark, read.Replies.Single().Text.Plain, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task AForgedOrForeignReadButtonGetsAPoliteAnswer()
    {
        var (bot, _, _, _) = await StartAsync(storage);
        await using var _ = bot;
        await bot.SendAsync($"/broadcast {SecondBranch} 王五同志请来组织部。", userId: Admin);
        var noticeId = await bot.QueryAsync(db => db.Set<Notice>().Select(n => n.Id).SingleAsync());

        var foreign = await bot.PressAsync(NoticeReplies.ReadButtonData(noticeId), userId: TelegramUser);
        var missing = await bot.PressAsync(NoticeReplies.ReadButtonData(987654), userId: TelegramUser);
        var garbled = await bot.PressAsync("1:nr:abc", userId: TelegramUser);
        var extra = await bot.PressAsync($"1:nr:{noticeId}:1", userId: TelegramUser);

        Assert.All(new[] { foreign, missing, garbled, extra }, r => Assert.Equal(UiText.NoticeNotFound, r.Toast));
        Assert.Null(await bot.QueryAsync(db => db.Set<NoticeRecipient>().Select(r => r.ReadAt).SingleAsync()));
    }

    [SkippableFact]
    public async Task AKeyedPostHappensOnceAndAnExplicitListReachesOnlyActiveMembers()
    {
        var (bot, zhang, li, _) = await StartAsync(storage);
        await using var _ = bot;
        var board = bot.Services.GetRequiredService<NoticeBoard>();
        var draft = new NoticeDraft(NoticeKind.PlanReminder, "《党章》学习计划还有 7 天到期。", NoticeAudience.Learners([zhang.Id, li.Id, 424242]), Key: "plan:dangzhang:due-7");

        var first = await PostAsync(bot, board, draft);
        var second = await PostAsync(bot, board, draft with { Text = "又一次" });

        Assert.NotNull(first);
        Assert.Equal(2, first.Recipients);
        Assert.Equal(1, first.ViaTelegram);
        Assert.Null(second);
        Assert.Equal(1, await bot.QueryAsync(db => db.Set<Notice>().CountAsync()));
        var next = await TerminalAsync(bot, "/help");
        Assert.Contains(next.Replies, r => r.Text.Plain.Contains(UiText.NoticesKindPlanReminder, StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task ReadRatesArePerNoticeAndPerBranch()
    {
        var (bot, _, _, wang) = await StartAsync(storage);
        await using var _ = bot;
        await bot.SendAsync("/broadcast 全县党员大会周一召开。", userId: Admin);
        var noticeId = await bot.QueryAsync(db => db.Set<Notice>().Select(n => n.Id).SingleAsync());
        await TerminalAsync(bot, "/help");
        await bot.PressAsync(NoticeReplies.ReadButtonData(noticeId), userId: BoundTelegramAccount);
        await bot.QueryAsync(async db =>
        {
            db.AccountAliases.Add(new AccountAlias { AliasId = 5003, LearnerId = wang.Id, CreatedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
        await bot.PressAsync(NoticeReplies.ReadButtonData(noticeId), userId: 5003);

        var stats = bot.Services.GetRequiredService<NoticeStats>();
        var recent = await bot.QueryAsync(db => stats.RecentAsync(db, 10, CancellationToken.None));
        var byBranch = await bot.QueryAsync(db => stats.ByBranchAsync(db, noticeId, CancellationToken.None));

        var summary = Assert.Single(recent);
        Assert.Equal(new NoticeRate(UiText.BroadcastEveryone, 4, 2, 2), summary.Rate);
        Assert.Equal(0.5, summary.Rate.ReadRate, 3);
        Assert.NotNull(byBranch);
        Assert.Equal(
            [new NoticeRate(FirstBranch, 2, 1, 1), new NoticeRate(SecondBranch, 1, 1, 1), new NoticeRate(UiText.NoticesNoBranch, 1, 0, 0)],
            byBranch.Value.Branches);
    }

    private static Task<ConversationResult> TerminalAsync(TestBot bot, string text) =>
        bot.Engine.HandleAsync(ChatInput.FromText("terminal", "terminal", BoundTelegramAccount, text), CancellationToken.None);

    private static async Task<NoticePosted?> PostAsync(TestBot bot, NoticeBoard board, NoticeDraft draft) =>
        await bot.QueryAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var posted = await board.PostAsync(db, draft, bot.Clock.GetUtcNow().UtcDateTime, CancellationToken.None);
            await transaction.CommitAsync();
            return posted;
        });

    /// <summary>A channel whose sends never finish: the instance dies while sending.</summary>
    private sealed class HangingBroadcastChannel : IBroadcastChannel
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Channel => "test";

        public async Task<BroadcastReport> BroadcastAsync(IReadOnlyCollection<long> userIds, Reply reply, CancellationToken cancellationToken)
        {
            Started.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return new BroadcastReport(0, 0, 0);
        }
    }
}

public sealed class NoticeTestsOnSqlite() : NoticeTests(StorageProvider.Sqlite);

public sealed class NoticeTestsOnPostgres() : NoticeTests(StorageProvider.Postgres);
