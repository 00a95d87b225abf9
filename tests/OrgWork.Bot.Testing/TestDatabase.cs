using Microsoft.Data.Sqlite;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Testing;

/// <summary>
/// An empty database of its own for one test: a SQLite file in a temporary folder, or a database on the
/// PostgreSQL server named by <see cref="PostgresTestServer.VariableName"/> (the test is skipped without it).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly Func<ValueTask> _drop;

    private TestDatabase(StorageProvider provider, string connectionString, Func<ValueTask> drop)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _drop = drop;
    }

    public StorageProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>The configuration keys that point the bot at this database.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = Provider.ToString(),
        ["ConnectionStrings:OrgWork"] = ConnectionString,
    };

    public static async Task<TestDatabase> CreateAsync(StorageProvider provider)
    {
        if (provider == StorageProvider.Postgres)
        {
            var (connectionString, drop) = await PostgresTestServer.CreateDatabaseAsync();
            return new TestDatabase(provider, connectionString, drop);
        }

        var folder = Path.Combine(Path.GetTempPath(), "orgwork-test-" + Guid.NewGuid().ToString("N"));
        return new TestDatabase(provider, $"Data Source={Path.Combine(folder, "bot.db")}", () =>
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }

            return ValueTask.CompletedTask;
        });
    }

    public ValueTask DisposeAsync() => _drop();
}
