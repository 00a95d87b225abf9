namespace OrgWork.Bot.Core.Knowledge.Answering;

/// <summary>How much the answering side reads and remembers.</summary>
public sealed class KnowledgeOptions
{
    public const string SectionName = "Knowledge";

    /// <summary>Passages given to the model (and considered for an extractive answer).</summary>
    public int Passages { get; set; } = 5;

    /// <summary>Turns of a chat kept for follow-up questions; older ones are deleted.</summary>
    public int MaxTurns { get; set; } = 6;

    /// <summary>Turns sent to the model as conversation history.</summary>
    public int HistoryTurns { get; set; } = 3;
}
