using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Telegram.Inbound;

/// <summary>
/// Long polling allows one poller per bot (Telegram answers a second one with 409 Conflict). On PostgreSQL
/// the instances elect it with a session-level advisory lock: the holder polls; the others try again every
/// <see cref="TelegramOptions.PollerElectionInterval"/> and take over once the holder's session ends (its
/// process died or lost the database). On SQLite there is one instance, so it simply polls.
/// </summary>
public sealed class PollerElection(
    IDbContextFactory<OrgWorkDbContext> contextFactory,
    IOptions<StorageOptions> storage,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<PollerElection> logger)
{
    /// <summary>The advisory lock's key: "OrgWork" + 1, any constant the instances share.</summary>
    private const long LockKey = 0x4F7267576F726B01;

    private volatile bool _isLeader;

    /// <summary>Whether this instance polls now (only the poller may confirm offsets to Telegram).</summary>
    public bool IsLeader => _isLeader;

    /// <summary>Runs <paramref name="lead"/> whenever this instance holds the lock, until <paramref name="stoppingToken"/>.</summary>
    public async Task RunAsync(Func<CancellationToken, Task> lead, CancellationToken stoppingToken)
    {
        if (storage.Value.Provider == StorageProvider.Sqlite)
        {
            _isLeader = true;
            await lead(stoppingToken);
            return;
        }

        string connectionString;
        await using (var db = await contextFactory.CreateDbContextAsync(stoppingToken))
        {
            connectionString = db.Database.GetConnectionString()!;
        }

        var standingBy = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
                await connection.OpenAsync(stoppingToken);
                if (await TryLockAsync(connection, stoppingToken))
                {
                    standingBy = false;
                    await LeadAsync(connection, lead, stoppingToken);
                }
                else if (!standingBy)
                {
                    standingBy = true;
                    logger.LogInformation("Another instance is polling Telegram; this one stands by and takes over if it stops");
                }
            }
            catch (Exception ex) when (ex is NpgsqlException or TimeoutException && !stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Poller election could not reach the database; trying again in {Interval}", options.Value.PollerElectionInterval);
            }

            await Task.Delay(options.Value.PollerElectionInterval, time, stoppingToken);
        }
    }

    private async Task LeadAsync(NpgsqlConnection connection, Func<CancellationToken, Task> lead, CancellationToken stoppingToken)
    {
        logger.LogInformation("This instance won the poller election and polls Telegram");
        using var lost = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        _isLeader = true;
        try
        {
            var leading = lead(lost.Token);
            var watching = WatchAsync(connection, lost, stoppingToken);
            await Task.WhenAny(leading, watching);
            await lost.CancelAsync();
            try
            {
                await leading;
            }
            catch (OperationCanceledException) when (lost.IsCancellationRequested)
            {
                // Stopped polling: shutting down, or the lock went with the database session.
            }
        }
        finally
        {
            _isLeader = false;
        }
    }

    /// <summary>Checks the session that holds the lock; if it breaks, the lock is gone and polling must stop.</summary>
    private async Task WatchAsync(NpgsqlConnection connection, CancellationTokenSource lost, CancellationToken stoppingToken)
    {
        try
        {
            while (!lost.IsCancellationRequested)
            {
                await Task.Delay(options.Value.PollerElectionInterval, time, lost.Token);
                await using var command = new NpgsqlCommand("SELECT 1", connection);
                await command.ExecuteScalarAsync(lost.Token);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            if (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Lost the database session that holds the poller lock; stopping polling");
            }
        }
    }

    private static async Task<bool> TryLockAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
        command.Parameters.AddWithValue("key", LockKey);
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }
}
