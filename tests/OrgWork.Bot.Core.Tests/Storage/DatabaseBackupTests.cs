using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Storage;

public class DatabaseBackupTests
{
    [Fact]
    public async Task ABackupTakenWhileLearnersWriteIsAConsistentDatabase()
    {
        await using var bot = await TestBot.StartAsync(StorageProvider.Sqlite);
        await Task.WhenAll(Enumerable.Range(1, 20).Select(id => bot.SendAsync("/start", id)));
        var target = Path.Combine(Path.GetTempPath(), "orgwork-backup-" + Guid.NewGuid().ToString("N"), "copy.db");

        var writers = Task.WhenAll(Enumerable.Range(100, 50).Select(id => bot.SendAsync("/courses", id)));
        var bytes = await bot.Services.GetRequiredService<DatabaseBackup>().BackupAsync(target, CancellationToken.None);
        await writers;

        Assert.True(bytes > 0);
        await using var copy = new SqliteConnection($"Data Source={target};Pooling=False");
        await copy.OpenAsync();
        await using var integrity = copy.CreateCommand();
        integrity.CommandText = "PRAGMA integrity_check;";
        Assert.Equal("ok", (string?)await integrity.ExecuteScalarAsync());
        await using var count = copy.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM Learners;";
        Assert.InRange((long)(await count.ExecuteScalarAsync())!, 20, 70);
        Assert.False(File.Exists(target + ".partial"));
        Directory.Delete(Path.GetDirectoryName(target)!, recursive: true);
    }
}
