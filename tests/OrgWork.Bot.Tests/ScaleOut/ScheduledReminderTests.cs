using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Jobs;
using OrgWork.Bot.FakeTelegram;
using OrgWork.Bot.Tests.Telegram.Support;

namespace OrgWork.Bot.Tests.ScaleOut;

/// <summary>The daily reminder end to end: opted in through Telegram, sent by the scheduler through the Bot API, once.</summary>
public sealed class ScheduledReminderTests : IAsyncLifetime
{
    private const long User = 8301;
    private readonly TestFolder _folder = new();
    private FakeBotApi _api = null!;

    public async Task InitializeAsync() => _api = await FakeBotApi.StartAsync();

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        _folder.Delete();
    }

    [Fact]
    public async Task AReminderDueWhileTheServiceWasDownIsSentAfterTheRestartAndOnlyOnce()
    {
        await using (var withoutJobs = await RunningBot.StartAsync(_api, _folder, "--Jobs:Enabled=false"))
        {
            _api.SendText(User, "/remind on");
            await _api.WaitForAsync(c => c.Method == "sendMessage" && c.Text!.Contains("已开启每日学习提醒", StringComparison.Ordinal), Wait.Long);
        }

        // The reminder time passed a minute ago, while the service was down.
        var shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        var due = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow.AddMinutes(-1), shanghai).ToString("HH:mm", CultureInfo.InvariantCulture);
        string[] jobs = [$"--Jobs:DailyReminderTime={due}", "--Jobs:CheckInterval=00:00:01"];
        await using (var restarted = await RunningBot.StartAsync(_api, _folder, jobs))
        {
            var reminder = await _api.WaitForAsync(c => c.Method == "sendMessage" && c.Text == UiText.ReminderDaily, Wait.Long);
            Assert.Equal(User, reminder.ChatId);
            // Two more checks, as the scheduler makes them: the occurrence is done and claims nothing.
            Assert.Equal(0, await RunDueAsync(restarted));
            Assert.Equal(0, await RunDueAsync(restarted));
        }

        await using (var again = await RunningBot.StartAsync(_api, _folder, jobs))
        {
            Assert.Equal(0, await RunDueAsync(again));
        }

        Assert.Single(_api.Calls, c => c.Method == "sendMessage" && c.Text == UiText.ReminderDaily);
    }

    /// <summary>One check of the instance's scheduled jobs; returns how many runs it completed.</summary>
    private static Task<int> RunDueAsync(RunningBot bot) =>
        bot.Services.GetRequiredService<JobRunner>().RunDueAsync(bot.Services.GetServices<IBroadcastChannel>().First(), CancellationToken.None);
}
