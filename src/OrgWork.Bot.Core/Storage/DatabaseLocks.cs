using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace OrgWork.Bot.Core.Storage;

/// <summary>
/// Work that several instances must not do at once (e.g. re-indexing the shared policy documents). On
/// PostgreSQL a transaction-scoped advisory lock orders them: the second waits for the first to commit and
/// then sees its result. SQLite serves one machine, where the write gate and SQLite's single writer order them.
/// </summary>
public static class DatabaseLocks
{
    /// <summary>Takes the lock named <paramref name="name"/> until <paramref name="db"/>'s current transaction ends.</summary>
    public static async Task LockForTransactionAsync(this OrgWorkDbContext db, string name, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            return;
        }

        var key = BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(name)), 0);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", cancellationToken);
    }
}
