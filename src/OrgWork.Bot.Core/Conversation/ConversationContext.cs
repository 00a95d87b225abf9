using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Conversation;

/// <summary>
/// Everything a handler needs for one input. <see cref="Db"/> is the input's unit of work: the engine
/// saves it and commits once, together with the delivery id, after the handler returns.
/// </summary>
public sealed class ConversationContext(ChatInput input, Learner learner, bool isNewLearner, Role role, OrgWorkDbContext db, Catalogue catalogue, DateTime utcNow)
{
    public ChatInput Input { get; } = input;

    public Learner Learner { get; } = learner;

    public bool IsNewLearner { get; } = isNewLearner;

    /// <summary>The learner's effective role (<c>Bot:Admins</c> included).</summary>
    public Role Role { get; } = role;

    public OrgWorkDbContext Db { get; } = db;

    /// <summary>The catalogue snapshot for this input; a reload during handling does not change it.</summary>
    public Catalogue Catalogue { get; } = catalogue;

    public DateTime UtcNow { get; } = utcNow;

    private readonly List<Action> _afterCommit = [];
    private readonly List<Func<CancellationToken, Task>> _afterCommitAsync = [];

    /// <summary>Work that must happen only if the input's transaction commits (e.g. counting it in metrics).</summary>
    public void AfterCommit(Action action) => _afterCommit.Add(action);

    /// <summary>
    /// Slow work that must happen only if the input's transaction commits, outside it, and be finished before
    /// the input's result is returned (e.g. reloading the catalogue after publishing). It must not throw.
    /// </summary>
    public void AfterCommit(Func<CancellationToken, Task> action) => _afterCommitAsync.Add(action);

    private readonly List<Action> _ifNotCommitted = [];

    /// <summary>
    /// Compensation for effects outside the database (e.g. files written during the turn) that must be undone
    /// when the input's transaction does not commit. It must not throw, and may run more than once.
    /// </summary>
    public void IfNotCommitted(Action compensation) => _ifNotCommitted.Add(compensation);

    /// <summary>Runs the compensations, latest first; for an engine whose transaction did not commit.</summary>
    internal void RunNotCommitted()
    {
        for (var i = _ifNotCommitted.Count - 1; i >= 0; i--)
        {
            _ifNotCommitted[i]();
        }
    }

    /// <summary>Runs the after-commit work, the synchronous actions first, in the order they were added.</summary>
    internal async Task RunAfterCommitAsync(CancellationToken cancellationToken)
    {
        foreach (var action in _afterCommit)
        {
            action();
        }

        foreach (var action in _afterCommitAsync)
        {
            await action(cancellationToken);
        }
    }
}
