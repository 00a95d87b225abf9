using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Knowledge.Conversation;

/// <summary>
/// Members with a question being answered on this instance: one at a time each, so a member who sends a second
/// question while the first waits on the model is told to wait instead of queueing more model calls.
/// </summary>
public sealed class PendingQuestions
{
    private readonly Lock _gate = new();
    private readonly HashSet<long> _members = [];

    /// <summary>A lease for the member's one question in flight, or null when one is already pending.</summary>
    public IDisposable? TryBegin(long memberId)
    {
        lock (_gate)
        {
            return _members.Add(memberId) ? new ReleaseOnce(() => End(memberId)) : null;
        }
    }

    private void End(long memberId)
    {
        lock (_gate)
        {
            _members.Remove(memberId);
        }
    }
}
