using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Jobs;

/// <summary>A message sent on a schedule to a set of people, once per occurrence across all instances.</summary>
public interface IScheduledJob
{
    /// <summary>A short stable name; part of each run's key.</summary>
    string Name { get; }

    /// <summary>The latest scheduled moment (UTC) at or before <paramref name="utcNow"/>.</summary>
    DateTime LatestOccurrence(DateTime utcNow);

    Task<IReadOnlyList<long>> RecipientsAsync(OrgWorkDbContext db, DateTime occurrence, CancellationToken cancellationToken);

    Task<IReadOnlyList<Reply>> MessagesAsync(OrgWorkDbContext db, DateTime occurrence, CancellationToken cancellationToken);
}
