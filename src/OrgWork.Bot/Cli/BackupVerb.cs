using System.CommandLine;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Hosting;

namespace OrgWork.Bot.Cli;

/// <summary><c>backup PATH</c>: a consistent copy of the SQLite database while the service runs; for PostgreSQL, the pg_dump command.</summary>
public static class BackupVerb
{
    public static Command Create()
    {
        var path = new Argument<string>("PATH") { Description = "Where to write the copy" };
        var command = new Command("backup", "Copy the database consistently, even while the service runs") { path };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((result, ct) => RunAsync(result.UnmatchedTokens.ToArray(), result.GetValue(path)!, ct));
        return command;
    }

    private static async Task<int> RunAsync(string[] args, string path, CancellationToken cancellationToken)
    {
        using var host = OrgWorkHost.CreateToolBuilder(args).Build();
        if (host.Services.GetRequiredService<IOptions<StorageOptions>>().Value.Provider == StorageProvider.Postgres)
        {
            // PostgreSQL's own tool makes the consistent copy (one snapshot, while the service runs).
            var connectionString = host.Services.GetRequiredService<IConfiguration>().GetConnectionString(StorageOptions.ConnectionStringName) ?? "";
            Console.WriteLine("PostgreSQL: back up with pg_dump (password from PGPASSWORD or ~/.pgpass; restore with pg_restore):");
            Console.WriteLine(PostgresDumpCommand.For(connectionString, path));
            return 0;
        }

        try
        {
            var bytes = await host.Services.GetRequiredService<DatabaseBackup>().BackupAsync(path, cancellationToken);
            Console.WriteLine($"backed up {bytes} bytes to {Path.GetFullPath(path)}");
            return 0;
        }
        catch (SqliteException ex)
        {
            await Console.Error.WriteLineAsync($"backup failed: {ex.Message}");
            return 1;
        }
    }
}
