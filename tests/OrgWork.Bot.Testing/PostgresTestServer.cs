using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OrgWork.Bot.Core.Storage;
using Xunit;

namespace OrgWork.Bot.Testing;

/// <summary>
/// The PostgreSQL server the tests run against, given as a connection string in
/// <c>ORGWORK_TEST_POSTGRES</c> (<c>.ci/run</c> starts one and sets it). Each test gets a fresh database
/// copied from a migrated template, so a test pays for <c>CREATE DATABASE</c>, not for the migrations.
/// </summary>
public static class PostgresTestServer
{
    public const string VariableName = "ORGWORK_TEST_POSTGRES";

    private static readonly SemaphoreSlim CreationLock = new(1, 1);
    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);

    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(VariableName) is { Length: > 0 } value ? value : null;

    /// <summary>Skips the running test (reported as skipped, not passed) when no server is configured.</summary>
    public static string RequireConnectionString()
    {
        Skip.If(ConnectionString is null, $"PostgreSQL tests need a server: set {VariableName} to a connection string (.ci/run does).");
        return ConnectionString!;
    }

    public static async Task<(string ConnectionString, Func<ValueTask> Drop)> CreateDatabaseAsync()
    {
        var server = RequireConnectionString();
        var template = await Template.Value;
        var name = "orgwork_t_" + Guid.NewGuid().ToString("N");
        await CreationLock.WaitAsync();
        try
        {
            // Another test process may be copying the template this instant (55006 object_in_use): retry briefly.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await ExecuteAsync(server, $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
                    break;
                }
                catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 20)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt));
                }
            }
        }
        finally
        {
            CreationLock.Release();
        }

        var connectionString = WithDatabase(server, name);
        return (connectionString, async () =>
        {
            await using (var connection = new NpgsqlConnection(connectionString))
            {
                NpgsqlConnection.ClearPool(connection);
            }

            await DropAsync(server, name);
        }
        );
    }

    public static string WithDatabase(string connectionString, string database) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Database = database }.ConnectionString;

    /// <summary>
    /// A database with every migration applied, named after the migrations so a new migration makes a new
    /// template; built under a temporary name and renamed, so concurrent test processes never see half of one.
    /// </summary>
    private static async Task<string> CreateTemplateAsync()
    {
        var server = ConnectionString!;
        var migrations = MigrationIds(server);
        var name = "orgwork_tpl_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(",", migrations))))[..16];
        if (await ExistsAsync(server, name))
        {
            return name;
        }

        var building = "orgwork_build_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(server, $"CREATE DATABASE \"{building}\"");
        var buildingConnection = WithDatabase(server, building);
        await using (var db = CreateContext(buildingConnection))
        {
            await db.Database.MigrateAsync();
        }

        await using (var connection = new NpgsqlConnection(buildingConnection))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        try
        {
            await ExecuteAsync(server, $"ALTER DATABASE \"{building}\" RENAME TO \"{name}\"");
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            await DropAsync(server, building);
        }

        return name;
    }

    private static List<string> MigrationIds(string server)
    {
        using var db = CreateContext(server);
        return db.Database.GetMigrations().ToList();
    }

    private static OrgWorkDbContext CreateContext(string connectionString) =>
        new(new DbContextOptionsBuilder<OrgWorkDbContext>()
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(StorageServiceCollectionExtensions.PostgresMigrationsAssembly))
            .Options);

    private static async Task<bool> ExistsAsync(string server, string database)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        command.Parameters.AddWithValue("name", database);
        return await command.ExecuteScalarAsync() is not null;
    }

    /// <summary>
    /// Drops a test database; an autovacuum worker on it (a superuser process the test role may not end)
    /// makes the drop fail for a moment, so it is retried.
    /// </summary>
    private static async Task DropAsync(string server, string database)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
                return;
            }
            catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse && attempt < 20)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt));
            }
        }
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
