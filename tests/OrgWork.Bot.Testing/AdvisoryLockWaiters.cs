using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Testing;

/// <summary>
/// Sessions that wait for a PostgreSQL advisory lock: a test sees another instance blocked on the lock it holds as a
/// fact of the server, instead of inferring it from the other's silence after a sleep.
/// </summary>
public static class AdvisoryLockWaiters
{
    public static Task WaitForOneAsync(OrgWorkDbContext db, string what) =>
        Eventually.TrueAsync(async () => await CountAsync(db) > 0, what);

    /// <summary>Waiters in this test's own database only: other tests run on the same server at the same time.</summary>
    private static async Task<int> CountAsync(OrgWorkDbContext db) =>
        (await db.Database.SqlQueryRaw<int>("""
            SELECT count(*)::int AS "Value" FROM pg_locks
            WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
            """).ToListAsync()).Single();
}
