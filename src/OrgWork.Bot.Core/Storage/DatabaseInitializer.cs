using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace OrgWork.Bot.Core.Storage;

/// <summary>Creates the database folder if needed, applies migrations, switches SQLite to WAL and makes the service's keys.</summary>
public sealed class DatabaseInitializer(IDbContextFactory<OrgWorkDbContext> contextFactory, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            EnsureFolder(db.Database.GetConnectionString());
        }

        // The migrator builds models of its own even when there is nothing to do, which costs more than the usual
        // start on a database that is up to date; so it runs only when a migration is pending.
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        await ServiceSecrets.EnsureAsync(db, cancellationToken);
        logger.LogInformation("Database ready ({Provider}); {Count} migrations applied", db.Database.ProviderName, pending.Count);
    }

    private static void EnsureFolder(string? connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:")
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
