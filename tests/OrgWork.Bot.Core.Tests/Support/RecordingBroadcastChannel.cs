using System.Collections.Concurrent;
using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Tests.Support;

/// <summary>A broadcast channel that records who got what; it can fail after some batches, as a crash would.</summary>
public sealed class RecordingBroadcastChannel : IBroadcastChannel
{
    private int _batches;

    public string Channel => "test";

    public ConcurrentQueue<(long UserId, Reply Reply)> Sent { get; } = new();

    /// <summary>Broadcasts that succeed before every later one throws (null: never fails).</summary>
    public int? FailAfterBatches { get; init; }

    public IReadOnlyList<long> Recipients => Sent.Select(s => s.UserId).ToList();

    public Task<BroadcastReport> BroadcastAsync(IReadOnlyCollection<long> userIds, Reply reply, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _batches) > FailAfterBatches)
        {
            throw new InvalidOperationException("the instance died mid-run");
        }

        foreach (var id in userIds)
        {
            Sent.Enqueue((id, reply));
        }

        return Task.FromResult(new BroadcastReport(userIds.Count, 0, 0));
    }
}
