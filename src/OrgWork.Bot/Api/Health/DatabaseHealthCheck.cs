using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Api.Health;

/// <summary>
/// Ready only if the database answers a real query on the model's tables. SQLite is opened afresh (no pooled
/// handle, no creating the file), so a data folder that went away or an unmounted volume shows here at once
/// rather than at the next connection the pool happens to open.
/// </summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<OrgWorkDbContext> contextFactory, ILogger<DatabaseHealthCheck> logger) : IHealthCheck
{
    public const string Name = "database";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            if (db.Database.IsSqlite())
            {
                var connection = new SqliteConnectionStringBuilder(db.Database.GetConnectionString())
                {
                    Pooling = false,
                    Mode = SqliteOpenMode.ReadWrite,
                };
                db.Database.SetDbConnection(new SqliteConnection(connection.ToString()), contextOwnsConnection: true);
            }

            await db.Branches.AsNoTracking().AnyAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{db.Database.ProviderName} answers");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The exception goes to the log only: health answers may be reachable by more people than the logs.
            logger.LogWarning(ex, "Readiness: the database does not answer");
            return new HealthCheckResult(context.Registration.FailureStatus, "the database does not answer (see the service log)");
        }
    }
}
