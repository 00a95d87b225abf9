using Microsoft.Data.Sqlite;
using OrgWork.Bot.Tests.Support;

namespace OrgWork.Bot.Tests.Cli;

/// <summary><c>backup PATH</c> through the real program: a copy of SQLite, the pg_dump command for PostgreSQL.</summary>
public class BackupVerbTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task OnSqliteTheCopyHoldsWhatWasStored()
    {
        using var work = new WorkFolder();
        await BotProcess.RunAsync(work.Path, "/start\n", Timeout, ["chat", "--user", "4242", .. work.Settings(BotProcess.ShippedContent)]);
        var target = Path.Combine(work.Path, "backups", "copy.db");

        var (exitCode, output, errors) = await BotProcess.RunAsync(work.Path, "", Timeout, ["backup", target, .. work.Settings(BotProcess.ShippedContent)]);

        Assert.True(exitCode == 0, errors);
        Assert.Contains("backed up", output, StringComparison.Ordinal);
        await using var copy = new SqliteConnection($"Data Source={target};Pooling=False");
        await copy.OpenAsync();
        await using var command = copy.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM Learners WHERE Id = 4242;";
        Assert.Equal(1L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task OnPostgresItPrintsThePgDumpCommandWithoutThePassword()
    {
        using var work = new WorkFolder();

        var (exitCode, output, errors) = await BotProcess.RunAsync(work.Path, "", Timeout,
        [
            "backup", "orgwork.dump", $"--Content:Root={BotProcess.ShippedContent}", "--Storage:Provider=Postgres",
            "--ConnectionStrings:OrgWork=Host=db.internal;Port=5433;Username=orgwork;Password=s3cret;Database=orgwork",
        ]);

        Assert.True(exitCode == 0, errors);
        Assert.Contains("pg_dump --format=custom --no-owner --file=orgwork.dump --host=db.internal --port=5433 --username=orgwork orgwork", output, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", output, StringComparison.Ordinal);
    }
}
