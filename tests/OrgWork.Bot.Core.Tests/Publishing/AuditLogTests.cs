using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;
using static OrgWork.Bot.Core.Tests.Publishing.Uploads;

namespace OrgWork.Bot.Core.Tests.Publishing;

public abstract class AuditLogTests(StorageProvider storage)
{
    [SkippableFact]
    public async Task EveryPrivilegedStepIsLoggedWithTheUserId()
    {
        var log = new RecordingLoggerProvider();
        await using var bot = await StartWithTrainersAsync(storage, configure: services => services.AddLogging(b => b.AddProvider(log)));

        var staged = await bot.SendFileAsync("01-first.md", Lesson("第二版"));
        await bot.PressAsAsync(staged, "发布", Trainer);
        await bot.SendAsAsync("/versions alpha/first", Trainer);
        await bot.RollBackAsync("alpha/first 1", OtherTrainer);
        await bot.SendFileAsync("01-first.md", Lesson("党员的版本"), Member);
        await bot.PressAsAsync(staged, "发布", Member);

        string[] expected =
        [
            "Trainer 2001 uploaded 01-first.md",
            "Trainer 2001 staged upload",
            "Trainer 2001 published upload",
            "Trainer 2001 listed the versions of courses/alpha/01-first.md",
            "Trainer 2002 rolled courses/alpha/01-first.md back to version 1",
            "User 1001 (Member) sent file 01-first.md",
            "User 1001 (Member) pressed upload button",
        ];
        foreach (var start in expected)
        {
            var entry = Assert.Single(log.Entries, e => e.Message.StartsWith(start, StringComparison.Ordinal));
            Assert.True(entry.Values.ContainsKey("UserId"), start);
        }
    }
}

public sealed class AuditLogTestsOnSqlite() : AuditLogTests(StorageProvider.Sqlite);

public sealed class AuditLogTestsOnPostgres() : AuditLogTests(StorageProvider.Postgres);
