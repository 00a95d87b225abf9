using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace OrgWork.Bot.Core.Storage;

/// <summary>
/// A consistent copy of the database while the service runs: SQLite's online backup API copies a
/// snapshot page by page without stopping writers for long.
/// </summary>
public sealed class DatabaseBackup(IDbContextFactory<OrgWorkDbContext> contextFactory, ILogger<DatabaseBackup> logger)
{
    /// <summary>Copies the database to <paramref name="targetPath"/>; returns the size written in bytes.</summary>
    public async Task<long> BackupAsync(string targetPath, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!db.Database.IsSqlite())
        {
            throw new NotSupportedException("Online backup is built in for SQLite only; back up PostgreSQL with pg_dump.");
        }

        var fullTarget = Path.GetFullPath(targetPath);
        Directory.CreateDirectory(Path.GetDirectoryName(fullTarget)!);
        var temporary = fullTarget + ".partial";
        File.Delete(temporary);

        await using (var source = new SqliteConnection(db.Database.GetConnectionString()))
        await using (var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = temporary, Pooling = false }.ToString()))
        {
            await source.OpenAsync(cancellationToken);
            await target.OpenAsync(cancellationToken);
            source.BackupDatabase(target);
        }

        // Only a complete copy takes the target's name.
        File.Move(temporary, fullTarget, overwrite: true);
        var size = new FileInfo(fullTarget).Length;
        logger.LogInformation("Database backed up to {Target} ({Bytes} bytes)", fullTarget, size);
        return size;
    }
}
