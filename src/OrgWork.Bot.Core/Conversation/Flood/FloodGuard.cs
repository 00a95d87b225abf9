using Microsoft.Extensions.Options;

namespace OrgWork.Bot.Core.Conversation.Flood;

/// <summary>
/// Flood control of one instance (SQLite), in memory: a per-user sliding window. Dropped inputs do not count, so a user
/// who pauses is served again as soon as the window has room. (Several instances count together with
/// <see cref="SharedFloodGuard"/>.)
/// </summary>
public sealed class FloodGuard(IOptions<FloodOptions> options, TimeProvider time) : IFloodGuard
{
    private const int SweepEvery = 4096;

    private readonly Lock _gate = new();
    private readonly Dictionary<long, UserWindow> _users = [];
    private int _checksSinceSweep;

    public ValueTask<FloodVerdict> CheckAsync(long userId, CancellationToken cancellationToken) => ValueTask.FromResult(Check(userId));

    public FloodVerdict Check(long userId)
    {
        var limit = options.Value.Limit;
        var window = options.Value.Window;
        var now = time.GetUtcNow();
        lock (_gate)
        {
            SweepIdleUsers(now, window);
            if (!_users.TryGetValue(userId, out var user))
            {
                user = new UserWindow();
                _users[userId] = user;
            }

            while (user.Accepted.Count > 0 && now - user.Accepted.Peek() >= window)
            {
                user.Accepted.Dequeue();
            }

            if (user.Accepted.Count < limit)
            {
                user.Accepted.Enqueue(now);
                user.Notified = false;
                return FloodVerdict.Allowed;
            }

            if (user.Notified)
            {
                return FloodVerdict.Throttled;
            }

            user.Notified = true;
            return FloodVerdict.ThrottledWithNotice;
        }
    }

    private void SweepIdleUsers(DateTimeOffset now, TimeSpan window)
    {
        if (++_checksSinceSweep < SweepEvery)
        {
            return;
        }

        _checksSinceSweep = 0;
        var idle = _users.Where(u => u.Value.Accepted.Count == 0 || now - u.Value.Accepted.Last() >= window).Select(u => u.Key).ToList();
        foreach (var userId in idle)
        {
            _users.Remove(userId);
        }
    }

    private sealed class UserWindow
    {
        public Queue<DateTimeOffset> Accepted { get; } = new();

        public bool Notified { get; set; }
    }
}
