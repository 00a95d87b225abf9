namespace OrgWork.Bot.Core.Conversation;

/// <summary>A lease that runs its release the first time it is disposed, and never again.</summary>
internal sealed class ReleaseOnce(Action release) : IDisposable
{
    private int _released;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            release();
        }
    }
}
