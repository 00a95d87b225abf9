using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Jobs;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Jobs;

/// <summary>
/// The daily reminder and the weekly report: on time in Asia/Shanghai, to the right people, once per
/// occurrence however many instances run them, resumed (not repeated) after a crash.
/// </summary>
public abstract class ScheduledJobsTests(StorageProvider storage)
{
    private const long Admin = 9001;

    // 2026-03-02 is a Monday; 20:00 in Shanghai is 12:00 UTC.
    private static readonly DateTimeOffset MondayReminderTime = new(2026, 3, 2, 12, 0, 30, TimeSpan.Zero);

    [SkippableFact]
    public async Task RemindOnAndOffAreRememberedAndShown()
    {
        await using var bot = await StartAsync();

        var before = await bot.SendAsync("/remind");
        await bot.SendAsync("/remind on");
        var on = await OptedInAsync(bot, 1001);
        var status = await bot.SendAsync("/remind");
        await bot.SendAsync("/remind off");

        Assert.Contains("未开启", Text(before), StringComparison.Ordinal);
        Assert.True(on);
        Assert.Contains("已开启", Text(status), StringComparison.Ordinal);
        Assert.Contains("20:00", Text(status), StringComparison.Ordinal);
        Assert.False(await OptedInAsync(bot, 1001));
    }

    [SkippableFact]
    public async Task RemindSaysWhichChannelTheRemindersComeOn()
    {
        await using var withoutChannel = await TestBot.StartAsync(storage);
        await using var withTelegram = await TestBot.StartAsync(storage, configure: services => services.AddSingleton<IBroadcastChannel>(new TelegramLike()));

        var nowhere = Text(await withoutChannel.SendAsync("/remind on"));
        var fromWeb = Text(await withTelegram.SendAsync("/remind on"));

        Assert.Contains(UiText.RemindNoChannel, nowhere, StringComparison.Ordinal);
        Assert.Contains(UiText.Format(UiText.RemindViaElsewhere, "Telegram"), fromWeb, StringComparison.Ordinal);
        Assert.DoesNotContain("Telegram", Text(await withTelegram.SendAsync("/remind off")), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task TheDailyReminderReachesOptedInLearnersWhoHaveNotStudiedTodayAtItsTime()
    {
        await using var bot = await StartAsync();
        await bot.SendAsync("/remind on", userId: 1001);
        await bot.SendAsync("/start", userId: 1002);
        await bot.SendAsync("/remind on", userId: 1003);
        await bot.SendAsync("/daily", userId: 1003);
        var channel = new RecordingBroadcastChannel();

        await RunAsync(bot.Services, channel); // 10:00 in Shanghai: not yet
        var early = channel.Sent.Count;
        bot.Clock.Now = MondayReminderTime;
        await RunAsync(bot.Services, channel);
        await RunAsync(bot.Services, channel); // the same occurrence again: nothing

        Assert.Equal(0, early);
        var sent = Assert.Single(channel.Sent);
        Assert.Equal(1001, sent.UserId);
        Assert.Contains("每日答题", sent.Reply.Text.Plain, StringComparison.Ordinal);
        Assert.Equal(CommandButtons.For("daily"), sent.Reply.Buttons[0][0].Data);
    }

    [SkippableFact]
    public async Task TwoInstancesRunningTheSameOccurrenceAtOnceMessageEachLearnerOnce()
    {
        await using var bot = await StartAsync();
        var learners = Enumerable.Range(5001, 40).Select(i => (long)i).ToList();
        foreach (var learner in learners)
        {
            await bot.SendAsync("/remind on", learner);
        }

        await using var other = await bot.StartAnotherInstanceAsync();
        var first = new RecordingBroadcastChannel();
        var second = new RecordingBroadcastChannel();
        bot.Clock.Now = MondayReminderTime;

        await Task.WhenAll(RunAsync(bot.Services, first), RunAsync(other, second));

        Assert.Equal(learners, first.Recipients.Concat(second.Recipients).Order().ToList());
        Assert.True(first.Sent.IsEmpty || second.Sent.IsEmpty, "one instance runs the occurrence");
    }

    [SkippableFact]
    public async Task ARunLeftUnfinishedByACrashIsResumedAfterItsLeaseForTheRestOnly()
    {
        await using var bot = await StartAsync();
        var learners = Enumerable.Range(6001, 12).Select(i => (long)i).ToList();
        foreach (var learner in learners)
        {
            await bot.SendAsync("/remind on", learner);
        }

        bot.Clock.Now = MondayReminderTime;
        var crashing = new RecordingBroadcastChannel { FailAfterBatches = 2 };
        await Assert.ThrowsAsync<InvalidOperationException>(() => RunAsync(bot.Services, crashing));
        await using var other = await bot.StartAnotherInstanceAsync();
        var resuming = new RecordingBroadcastChannel();
        await RunAsync(other, resuming); // the dead instance's lease still holds
        var whileLeased = resuming.Sent.Count;
        bot.Clock.Advance(TimeSpan.FromMinutes(3));
        await RunAsync(other, resuming);

        Assert.Equal(0, whileLeased);
        Assert.Equal(10, crashing.Sent.Count);
        Assert.Equal(learners, crashing.Recipients.Concat(resuming.Recipients).Order().ToList());
        var run = await bot.QueryAsync(db => db.JobRuns.SingleAsync());
        Assert.NotNull(run.CompletedAt);
        Assert.Equal(12, run.Delivered);
    }

    [SkippableFact]
    public async Task AnOccurrenceMissedByMoreThanTheCatchUpWindowIsSkipped()
    {
        await using var bot = await StartAsync();
        await bot.SendAsync("/remind on");
        var channel = new RecordingBroadcastChannel();

        bot.Clock.Now = MondayReminderTime.AddHours(4); // the service was down from 19:00 to midnight
        await RunAsync(bot.Services, channel);

        Assert.Empty(channel.Sent);
    }

    [SkippableFact]
    public async Task TheWeeklyReportGoesToEveryAdminWithTheBranchChart()
    {
        await using var bot = await StartAsync(new Dictionary<string, string?>
        {
            ["Jobs:WeeklyReportDay"] = "Monday",
            ["Jobs:WeeklyReportTime"] = "09:00",
        });
        await bot.SendAsync("/start", Admin);
        var code = await CreateBranchAsync(bot, "第一支部");
        await bot.SendAsync($"/join {code}", 1001);
        await bot.SendAsync("/start", 7007);
        await bot.SendAsync("/grant 7007 admin", Admin);
        var channel = new RecordingBroadcastChannel();

        bot.Clock.Now = new DateTimeOffset(2026, 3, 2, 1, 0, 30, TimeSpan.Zero); // Monday 09:00:30 in Shanghai
        await RunAsync(bot.Services, channel);

        Assert.Equal([7007, Admin], channel.Recipients.Distinct().Order().ToList());
        Assert.Equal(6, channel.Sent.Count); // the introduction, the table and the chart, to each
        Assert.Contains(channel.Sent, s => s.Reply.Image is { } image && image.Png.Length > 1000);
        Assert.Contains(channel.Sent, s => s.Reply.Text.Plain.Contains("第一支部", StringComparison.Ordinal));
    }

    private Task<TestBot> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Bot:Admins:0"] = Admin.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Jobs:BatchSize"] = "5",

            // Out of the way unless a test sets it: last Sunday's report is past the catch-up window.
            ["Jobs:WeeklyReportDay"] = "Sunday",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return TestBot.StartAsync(storage, settings: all);
    }

    private static Task<int> RunAsync(IServiceProvider instance, IBroadcastChannel channel) =>
        instance.GetRequiredService<JobRunner>().RunDueAsync(channel, CancellationToken.None);

    private static Task<bool> OptedInAsync(TestBot bot, long userId) =>
        bot.QueryAsync(db => db.Learners.Where(l => l.Id == userId).Select(l => l.RemindOptIn).SingleAsync());

    private static async Task<string> CreateBranchAsync(TestBot bot, string name)
    {
        var reply = Text(await bot.SendAsync($"/branch add {name}", Admin));
        return System.Text.RegularExpressions.Regex.Match(reply, "邀请码：([A-Z0-9]{8})").Groups[1].Value;
    }

    private static string Text(ConversationResult result) => string.Join("\n", result.Replies.Select(r => r.Text.Plain));

    /// <summary>A broadcast channel named like Telegram's, which the test's own channel is not.</summary>
    private sealed class TelegramLike : IBroadcastChannel
    {
        public string Channel => "telegram";

        public Task<BroadcastReport> BroadcastAsync(IReadOnlyCollection<long> userIds, Reply reply, CancellationToken cancellationToken) =>
            throw new NotSupportedException("not used by these tests");
    }
}

public sealed class ScheduledJobsTestsOnSqlite() : ScheduledJobsTests(StorageProvider.Sqlite);

public sealed class ScheduledJobsTestsOnPostgres() : ScheduledJobsTests(StorageProvider.Postgres);
