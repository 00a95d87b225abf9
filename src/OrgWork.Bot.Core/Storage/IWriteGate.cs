namespace OrgWork.Bot.Core.Storage;

/// <summary>
/// Orders writing transactions where the database needs it. SQLite allows one writer at a time and makes
/// waiting writers poll with sleeps; queueing them in-process instead keeps latency flat. PostgreSQL
/// needs no gate.
/// </summary>
public interface IWriteGate
{
    ValueTask<IDisposable> EnterAsync(CancellationToken cancellationToken);
}
