namespace OrgWork.Bot.Core.Storage;

/// <summary>No ordering in-process: the database (PostgreSQL) runs concurrent writers itself.</summary>
public sealed class NoWriteGate : IWriteGate
{
    private static readonly IDisposable Nothing = new Released();

    public ValueTask<IDisposable> EnterAsync(CancellationToken cancellationToken) => ValueTask.FromResult(Nothing);

    private sealed class Released : IDisposable
    {
        public void Dispose()
        {
        }
    }
}
