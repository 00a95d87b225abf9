namespace OrgWork.Bot.Core.Knowledge.Storage;

/// <summary>One question and answer of a chat's policy conversation, kept (a few per chat) for follow-up questions.</summary>
public sealed class PolicyChatTurn
{
    public long Id { get; set; }

    /// <summary><c>channel:chatId</c>.</summary>
    public string ChatKey { get; set; } = "";

    public string Question { get; set; } = "";

    /// <summary>The question as searched, with what a follow-up left out filled in from earlier turns.</summary>
    public string SearchedQuestion { get; set; } = "";

    public string Answer { get; set; } = "";

    /// <summary>The cited passages as JSON, so a source button shows what was cited even after re-indexing.</summary>
    public string SourcesJson { get; set; } = "[]";

    public DateTime CreatedAt { get; set; }
}
