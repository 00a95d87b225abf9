using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;

namespace OrgWork.Bot.Core.Storage;

/// <summary>
/// The service's own random keys (<see cref="ServiceSecret"/>): made once at start-up by whichever instance comes first
/// (<c>INSERT … ON CONFLICT DO NOTHING</c>), then only read.
/// </summary>
public static class ServiceSecrets
{
    /// <summary>The key that signs check-in codes when <c>CheckIn:SigningKey</c> is not set.</summary>
    public const string CheckInSigning = "checkin-signing";

    public static IReadOnlyList<string> All { get; } = [CheckInSigning];

    public static async Task EnsureAsync(OrgWorkDbContext db, CancellationToken cancellationToken)
    {
        foreach (var name in All)
        {
            var value = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            var now = DateTime.UtcNow;
            await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO "ServiceSecrets" ("Name", "Value", "CreatedAt") VALUES ({name}, {value}, {now}) ON CONFLICT DO NOTHING""",
                cancellationToken);
        }
    }
}
