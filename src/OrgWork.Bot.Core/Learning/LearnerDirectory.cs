using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Learning;

/// <summary>Finds the learner behind an input (through the account's <c>/bind</c> alias, if any), creating them on first contact.</summary>
public sealed class LearnerDirectory
{
    private static readonly TimeSpan LastSeenPrecision = TimeSpan.FromMinutes(1);

    public async Task<(Learner Learner, bool IsNew)> TouchAsync(OrgWorkDbContext db, ChatInput input, DateTime utcNow, CancellationToken cancellationToken)
    {
        var userId = input.UserId;
        var learner = await db.Learners
            .FirstOrDefaultAsync(
                l => l.Id == (db.AccountAliases.Where(a => a.AliasId == userId).Select(a => (long?)a.LearnerId).FirstOrDefault() ?? userId),
                cancellationToken);
        var name = string.IsNullOrWhiteSpace(input.DisplayName) ? null : input.DisplayName.Trim();
        if (learner is null)
        {
            learner = new Learner
            {
                Id = input.UserId,
                DisplayName = name ?? UiText.DefaultName,
                CreatedAt = utcNow,
                LastSeenAt = utcNow,
            };
            db.Learners.Add(learner);
            return (learner, true);
        }

        // A minute's precision is enough for "active this week" and saves a write on most inputs.
        if (utcNow - learner.LastSeenAt >= LastSeenPrecision)
        {
            learner.LastSeenAt = utcNow;
        }

        learner.IsActive = true;

        // A roster member is called by the roster's name, not by a channel's display name.
        if (learner.Phone is null && name is not null && name != learner.DisplayName)
        {
            learner.DisplayName = name;
        }

        return (learner, false);
    }
}
