using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Core.Conversation.Browsing;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Reports;

public abstract class StudyCreditLedgerTests(StorageProvider storage)
{
    [SkippableFact]
    public async Task FinishingALessonCreditsItsMinutesToTheLedgerOnce()
    {
        await using var bot = await TestBot.StartAsync(storage);
        var lesson = bot.Services.GetCatalogue().FindLessonByKey("alpha/second")!;

        await bot.PressAsync(BrowsingActions.ToLessonPage(lesson.Id, 1));
        await bot.PressAsync(BrowsingActions.ToLessonPage(lesson.Id, 1));

        var credit = await bot.QueryAsync(db => db.StudyCredits.SingleAsync());
        Assert.Equal(StudyCreditSource.Lesson, credit.Source);
        Assert.Equal("alpha/second", credit.Reference);
        Assert.Equal(lesson.Minutes, credit.Minutes);
        Assert.Equal(new DateOnly(2026, 3, 2), credit.LocalDate);
    }

    [SkippableFact]
    public async Task StudyHoursAreCountedByTheLocalDayOfTheLedger()
    {
        await using var bot = await TestBot.StartAsync(storage);
        var member = await bot.QueryAsync(db => RosterSeed.AddMemberAsync(db, "王芳", "13800000001", "甲支部"));
        await bot.QueryAsync(async db =>
        {
            // 31 December 2025 20:00 UTC is already 1 January 2026 in Shanghai: it counts for 2026.
            db.StudyCredits.Add(new StudyCredit { LearnerId = member.Id, Source = StudyCreditSource.ClassSession, Reference = "s1", Minutes = 90, OccurredAt = new DateTime(2025, 12, 31, 20, 0, 0, DateTimeKind.Utc), LocalDate = new DateOnly(2026, 1, 1) });
            db.StudyCredits.Add(new StudyCredit { LearnerId = member.Id, Source = StudyCreditSource.Lesson, Reference = "old", Minutes = 45, OccurredAt = new DateTime(2025, 12, 31, 10, 0, 0, DateTimeKind.Utc), LocalDate = new DateOnly(2025, 12, 31) });
            return await db.SaveChangesAsync();
        });

        var hours = await bot.QueryAsync(db => bot.Services.GetRequiredService<StudyHours>().ThisYearAsync(db, member.Id, bot.Clock.Now.UtcDateTime, CancellationToken.None));

        Assert.Equal(2.0, hours);
    }

    [SkippableFact]
    public async Task TheMigrationFillsTheLedgerFromLessonsFinishedBeforeIt()
    {
        await using var database = await TestDatabase.CreateAsync(storage);
        if (storage == StorageProvider.Sqlite)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(new SqliteConnectionStringBuilder(database.ConnectionString).DataSource)!);
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(database.Settings).Build();
        await using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddOrgWorkCore(configuration).BuildServiceProvider();
        var contexts = services.GetRequiredService<IDbContextFactory<OrgWorkDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            await db.GetService<IMigrator>().MigrateAsync("PolicyFeedbackQueue");
            db.Learners.Add(new Learner { Id = 7, DisplayName = "老党员", CreatedAt = DateTime.UtcNow, LastSeenAt = DateTime.UtcNow });
            db.LessonProgress.Add(new LessonProgress { LearnerId = 7, LessonKey = "alpha/first", OpenedAt = new DateTime(2026, 2, 28, 16, 0, 0, DateTimeKind.Utc), LastPage = 2, FinishedAt = new DateTime(2026, 2, 28, 16, 30, 0, DateTimeKind.Utc), MinutesCredited = 10 });
            db.LessonProgress.Add(new LessonProgress { LearnerId = 7, LessonKey = "alpha/second", OpenedAt = DateTime.UtcNow, LastPage = 1 });
            await db.SaveChangesAsync();
        }

        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);

        await using var check = await contexts.CreateDbContextAsync();
        var credit = await check.StudyCredits.SingleAsync();
        Assert.Equal((7L, StudyCreditSource.Lesson, "alpha/first", 10), (credit.LearnerId, credit.Source, credit.Reference, credit.Minutes));
        Assert.Equal(new DateOnly(2026, 3, 1), credit.LocalDate); // 16:30 UTC is half past midnight in Shanghai
        Assert.Equal(new DateTime(2026, 2, 28, 16, 30, 0, DateTimeKind.Utc), DateTime.SpecifyKind(credit.OccurredAt, DateTimeKind.Utc));
    }
}

public sealed class StudyCreditLedgerTestsOnSqlite() : StudyCreditLedgerTests(StorageProvider.Sqlite);

public sealed class StudyCreditLedgerTestsOnPostgres() : StudyCreditLedgerTests(StorageProvider.Postgres);
