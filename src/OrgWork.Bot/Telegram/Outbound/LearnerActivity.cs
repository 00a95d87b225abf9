using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Telegram.Outbound;

/// <summary>Keeps <see cref="Learner.IsActive"/> in step with whether the person blocked the bot.</summary>
public sealed class LearnerActivity(IDbContextFactory<OrgWorkDbContext> contextFactory, IWriteGate writeGate, ILogger<LearnerActivity> logger)
{
    public async Task SetActiveAsync(long userId, bool isActive, CancellationToken cancellationToken)
    {
        using var turn = await writeGate.EnterAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var changed = await db.Learners
            .Where(l => l.Id == userId && l.IsActive != isActive)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.IsActive, isActive), cancellationToken);
        if (changed > 0)
        {
            logger.LogInformation("Learner {UserId} is now {State}", userId, isActive ? "active" : "inactive (blocked the bot)");
        }
    }
}
