using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Jobs;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Jobs;

/// <summary>
/// The housekeeping job prunes the idempotency and transient tables by age, in batches, once per occurrence across
/// instances, and a Telegram update id is forgotten once Telegram can no longer resend it.
/// </summary>
public abstract class HousekeepingTests(StorageProvider storage)
{
    [SkippableFact]
    public async Task OldRowsGoAndRecentOnesStay()
    {
        await using var bot = await StartAsync();
        var now = bot.Clock.Now.UtcDateTime;
        await SeedAsync(bot, now);

        await bot.Services.GetRequiredService<JobRunner>().RunDueMaintenanceAsync(CancellationToken.None);

        Assert.Equal(["tg:recent-1", "tg:recent-2"], await bot.QueryAsync(db => db.ProcessedUpdates.Select(u => u.Id).Order().ToListAsync()));
        Assert.Equal([2L], await bot.QueryAsync(db => db.FloodWindows.Select(w => w.UserId).ToListAsync()));
        Assert.Equal(["recent"], await bot.QueryAsync(db => db.OutboxMessages.Select(m => m.DeliveryId).ToListAsync()));
        Assert.Equal(["daily-reminder:recent"], await bot.QueryAsync(db => db.JobDeliveries.Select(d => d.JobRunId).Distinct().ToListAsync()));
        Assert.True(await bot.QueryAsync(db => db.JobRuns.AnyAsync(r => r.Id == "daily-reminder:old")), "a run's row is history and stays");
    }

    [SkippableFact]
    public async Task AnUpdateIdSeenThreeDaysAgoIsProcessedAgainAsNewAfterPruning()
    {
        await using var bot = await StartAsync();
        await bot.SendAsync("/start", deliveryId: "tg:123");
        var replay = await bot.SendAsync("/start", deliveryId: "tg:123");

        bot.Clock.Advance(TimeSpan.FromDays(3));
        await bot.Services.GetRequiredService<JobRunner>().RunDueMaintenanceAsync(CancellationToken.None);
        var restartedSequence = await bot.SendAsync("/help", deliveryId: "tg:123");

        Assert.True(replay.WasDuplicate);
        Assert.False(restartedSequence.WasDuplicate);
        Assert.Contains(restartedSequence.Replies, r => r.Text.Plain.Contains(UiText.HelpTitle, StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task AnUpdateIdSeenADayAgoIsStillADuplicate()
    {
        await using var bot = await StartAsync();
        await bot.SendAsync("/start", deliveryId: "tg:124");

        bot.Clock.Advance(TimeSpan.FromDays(1));
        await bot.Services.GetRequiredService<JobRunner>().RunDueMaintenanceAsync(CancellationToken.None);
        var resent = await bot.SendAsync("/start", deliveryId: "tg:124");

        Assert.True(resent.WasDuplicate);
    }

    [SkippableFact]
    public async Task TwoInstancesRunTheSameOccurrenceOnce()
    {
        await using var bot = await StartAsync();
        await using var other = await bot.StartAnotherInstanceAsync();

        var runs = await Task.WhenAll(
            bot.Services.GetRequiredService<JobRunner>().RunDueMaintenanceAsync(CancellationToken.None),
            other.GetRequiredService<JobRunner>().RunDueMaintenanceAsync(CancellationToken.None));
        var again = await bot.Services.GetRequiredService<JobRunner>().RunDueMaintenanceAsync(CancellationToken.None);

        // Every maintenance job due now (housekeeping, exam collection, plan reminders) ran once across the two instances.
        var jobs = await bot.QueryAsync(db => db.JobRuns.Select(r => r.Job).ToListAsync());
        Assert.Equal(jobs.Count, runs.Sum());
        Assert.Equal(jobs.Count, jobs.Distinct().Count());
        Assert.Equal(0, again);
        var run = await bot.QueryAsync(db => db.JobRuns.SingleAsync(r => r.Job == HousekeepingJob.JobName));
        Assert.Equal("housekeeping:2026-03-02T02:00Z", run.Id);
        Assert.NotNull(run.CompletedAt);
    }

    [SkippableFact]
    public async Task TheSchedulerPrunesWithoutAnyChannelWhenTheClockHasMoved()
    {
        await using var bot = await StartAsync();
        await bot.SendAsync("/start", deliveryId: "tg:200");
        bot.Clock.Advance(TimeSpan.FromDays(3));
        var scheduler = ActivatorUtilities.CreateInstance<JobScheduler>(bot.Services, Array.Empty<IBroadcastChannel>(), NullLogger<JobScheduler>.Instance);

        await scheduler.StartAsync(CancellationToken.None);
        try
        {
            await Eventually.TrueAsync(() => bot.QueryAsync(db => db.JobRuns.AnyAsync(r => r.Job == HousekeepingJob.JobName && r.CompletedAt != null)), "the scheduler completed a housekeeping run");
        }
        finally
        {
            await scheduler.StopAsync(CancellationToken.None);
        }

        Assert.False(await bot.QueryAsync(db => db.ProcessedUpdates.AnyAsync()));
    }

    private Task<TestBot> StartAsync() => TestBot.StartAsync(storage, settings: new Dictionary<string, string?>
    {
        ["Jobs:HousekeepingBatchSize"] = "3",
        ["Jobs:CheckInterval"] = "00:00:01",

        // Out of the way: the reminder and report have no recipients here, and their runs are not what is tested.
        ["Jobs:WeeklyReportDay"] = "Sunday",
    });

    /// <summary>Rows on both sides of each cut-off, more old ones than one batch holds.</summary>
    private static async Task SeedAsync(TestBot bot, DateTime now)
    {
        var factory = bot.Services.GetRequiredService<IDbContextFactory<OrgWorkDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        for (var i = 0; i < 7; i++)
        {
            db.ProcessedUpdates.Add(new ProcessedUpdate { Id = $"tg:old-{i}", ProcessedAt = now - TimeSpan.FromDays(3) - TimeSpan.FromMinutes(i) });
        }

        db.ProcessedUpdates.Add(new ProcessedUpdate { Id = "tg:recent-1", ProcessedAt = now - TimeSpan.FromHours(47) });
        db.ProcessedUpdates.Add(new ProcessedUpdate { Id = "tg:recent-2", ProcessedAt = now });
        db.FloodWindows.Add(new FloodWindow { UserId = 1, StartedAt = now - TimeSpan.FromHours(1), Count = 25 });
        db.FloodWindows.Add(new FloodWindow { UserId = 2, StartedAt = now - TimeSpan.FromSeconds(5), Count = 3 });
        db.OutboxMessages.Add(new OutboxMessage { DeliveryId = "old", ChatId = "1", Channel = "telegram", Payload = "{}", CreatedAt = now - TimeSpan.FromDays(8) });
        db.OutboxMessages.Add(new OutboxMessage { DeliveryId = "recent", ChatId = "1", Channel = "telegram", Payload = "{}", CreatedAt = now - TimeSpan.FromDays(6) });
        foreach (var (id, completed) in new[] { ("daily-reminder:old", now - TimeSpan.FromDays(8)), ("daily-reminder:recent", now - TimeSpan.FromDays(1)) })
        {
            db.JobRuns.Add(new JobRun { Id = id, Job = "daily-reminder", ScheduledFor = completed, ClaimedBy = "test", ClaimedUntil = completed, CompletedAt = completed, Delivered = 4 });
            db.JobDeliveries.AddRange(Enumerable.Range(1, 4).Select(learner => new JobDelivery { JobRunId = id, LearnerId = learner, SentAt = completed }));
        }

        await db.SaveChangesAsync();
    }
}

public sealed class HousekeepingTestsOnSqlite() : HousekeepingTests(StorageProvider.Sqlite);

public sealed class HousekeepingTestsOnPostgres() : HousekeepingTests(StorageProvider.Postgres);
