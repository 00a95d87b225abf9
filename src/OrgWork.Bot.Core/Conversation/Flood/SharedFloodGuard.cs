using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Conversation.Flood;

/// <summary>
/// Flood control shared by every instance on PostgreSQL: behind a load balancer one user's inputs reach several
/// instances, so each counting alone would let N times the limit through. One atomic upsert per input counts it
/// in the user's <see cref="FloodWindow"/> (a fixed window from the first input; dropped inputs count too). If the
/// database cannot be reached the instance counts alone rather than refuse everyone.
/// </summary>
public sealed class SharedFloodGuard(
    IDbContextFactory<OrgWorkDbContext> contextFactory,
    FloodGuard local,
    IOptions<FloodOptions> options,
    TimeProvider time,
    ILogger<SharedFloodGuard> logger) : IFloodGuard
{
    public async ValueTask<FloodVerdict> CheckAsync(long userId, CancellationToken cancellationToken)
    {
        var limit = options.Value.Limit;
        int count;
        try
        {
            count = await CountAsync(userId, cancellationToken);
        }
        catch (DbException ex)
        {
            logger.LogWarning(ex, "Flood control could not count input of user {UserId} in the database; counting on this instance only", userId);
            return local.Check(userId);
        }

        return count <= limit ? FloodVerdict.Allowed
            : count == limit + 1 ? FloodVerdict.ThrottledWithNotice
            : FloodVerdict.Throttled;
    }

    /// <summary>Counts the input and returns how many the user's current window holds, this one included.</summary>
    private async Task<int> CountAsync(long userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var expired = now - options.Value.Window;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var counts = await db.Database.SqlQuery<int>($"""
            INSERT INTO "FloodWindows" AS w ("UserId", "StartedAt", "Count") VALUES ({userId}, {now}, 1)
            ON CONFLICT ("UserId") DO UPDATE SET
                "StartedAt" = CASE WHEN w."StartedAt" <= {expired} THEN EXCLUDED."StartedAt" ELSE w."StartedAt" END,
                "Count" = CASE WHEN w."StartedAt" <= {expired} THEN 1 ELSE w."Count" + 1 END
            RETURNING w."Count" AS "Value"
            """).ToListAsync(cancellationToken);
        return counts.Single();
    }
}
