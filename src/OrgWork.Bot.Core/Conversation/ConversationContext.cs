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

    /// <summary>Work that must happen only if the input's transaction commits (e.g. counting it in metrics).</summary>
    public void AfterCommit(Action action) => _afterCommit.Add(action);

    internal IReadOnlyList<Action> CommittedActions => _afterCommit;
}
