using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Notices;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.FakeTelegram;
using OrgWork.Bot.Tests.Telegram.Support;

namespace OrgWork.Bot.Tests.Telegram;

/// <summary><c>/broadcast</c> to a branch on Telegram (long polling, fake Bot API): paced, 429s honoured, 已读 recorded.</summary>
public sealed class NoticeBroadcastTests : IAsyncLifetime
{
    private const long Admin = 7001;
    private const long BoundAccount = 7104;
    private const string Branch = "第一党支部";
    private static readonly long[] BranchTelegramUsers = [7101, 7102, 7103];
    private static readonly long OtherBranchUser = 7201;
    private readonly TestFolder _folder = new();
    private FakeBotApi _api = null!;
    private RunningBot _bot = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        _bot = await RunningBot.StartAsync(_api, _folder, $"--Bot:Admins:0={Admin}");
        await _bot.QueryAsync(async db =>
        {
            var first = new Branch { Name = Branch, InviteCode = "FIRST001", CreatedAt = DateTime.UtcNow };
            var second = new Branch { Name = "第二党支部", InviteCode = "SECOND01", CreatedAt = DateTime.UtcNow };
            db.Branches.AddRange(first, second);
            await db.SaveChangesAsync();
            foreach (var id in BranchTelegramUsers)
            {
                db.Learners.Add(new Learner { Id = id, DisplayName = $"党员{id}", BranchId = first.Id, CreatedAt = DateTime.UtcNow, LastSeenAt = DateTime.UtcNow });
            }

            db.Learners.Add(new Learner { Id = OtherBranchUser, DisplayName = "外支部党员", BranchId = second.Id, CreatedAt = DateTime.UtcNow, LastSeenAt = DateTime.UtcNow });
            var rosterMember = new Learner
            {
                Id = RosterLearnerIds.First,
                DisplayName = "张三",
                Phone = "13800000001",
                BranchId = first.Id,
                CreatedAt = DateTime.UtcNow,
                LastSeenAt = DateTime.UtcNow,
            };
            db.Learners.Add(rosterMember);
            db.AccountAliases.Add(new AccountAlias { AliasId = BoundAccount, LearnerId = rosterMember.Id, CreatedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _api.DisposeAsync();
        _folder.Delete();
    }

    [Fact]
    public async Task ABranchBroadcastReachesEveryMembersTelegramAccountThrough429sAndRecordsDeliveryAndReading()
    {
        // The Bot API refuses the first notice to each of the branch's chats with 429 (retry after 1 s).
        var refusedOnce = new ConcurrentDictionary<long, bool>();
        _api.Interceptor = (call, _) => Task.FromResult(
            call.Method == "sendMessage" && call.ChatId is { } chat && chat != Admin && refusedOnce.TryAdd(chat, true)
                ? FakeFailure.TooManyRequests(retryAfterSeconds: 1)
                : null);
        long[] expected = [.. BranchTelegramUsers, BoundAccount];

        _api.SendText(Admin, $"/broadcast {Branch} 本周五下午三点在党员活动室集中学习。");
        var confirmation = await _api.WaitForAsync(c => c.Method == "sendMessage" && c.ChatId == Admin && !c.Failed, Wait.Long);
        var delivered = new List<ApiCall>();
        foreach (var chat in expected)
        {
            delivered.Add(await _api.WaitForAsync(c => c.Method == "sendMessage" && c.ChatId == chat && !c.Failed, Wait.Long));
        }

        await Wait.UntilAsync(
            () => _bot.QueryAsync(db => db.Set<NoticeRecipient>().AllAsync(r => r.TelegramDeliveredAt != null)), "every recipient is recorded as delivered");

        Assert.Equal(UiText.Format(UiText.BroadcastSent, 4, 4), confirmation.Text);
        foreach (var call in delivered)
        {
            Assert.Contains("本周五下午三点在党员活动室集中学习。", call.Text, StringComparison.Ordinal);
            Assert.Equal(UiText.ButtonNoticeRead, Assert.Single(call.Buttons).Text);
            var refused = Assert.Single(_api.Calls, c => c.Method == "sendMessage" && c.ChatId == call.ChatId && c.Failed);
            Assert.True(call.At - refused.At >= TimeSpan.FromSeconds(0.95), $"retried after {call.At - refused.At}, before retry_after");
        }

        Assert.DoesNotContain(_api.Calls, c => c.ChatId == OtherBranchUser);
        Assert.DoesNotContain(_api.Calls, c => c.ChatId is < 0);

        // 张三 presses 已读 on Telegram: the message is edited in place and the roster member's reading recorded once.
        var zhangs = delivered.Single(c => c.ChatId == BoundAccount);
        _api.PressButton(BoundAccount, BoundAccount, zhangs.CreatedMessageId!.Value, Assert.Single(zhangs.ButtonData));
        var edited = await _api.WaitForAsync(c => c.Method == "editMessageText" && c.ChatId == BoundAccount, Wait.Long);
        Assert.Contains(UiText.NoticeReadMark, edited.Text, StringComparison.Ordinal);
        Assert.Empty(edited.Buttons);
        var read = await _bot.QueryAsync(db => db.Set<NoticeRecipient>().Where(r => r.ReadAt != null).Select(r => r.LearnerId).ToListAsync());
        Assert.Equal([RosterLearnerIds.First], read);
    }
}
