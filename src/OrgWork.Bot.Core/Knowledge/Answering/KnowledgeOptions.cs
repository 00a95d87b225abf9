using System.ComponentModel.DataAnnotations;

namespace OrgWork.Bot.Core.Knowledge.Answering;

/// <summary>How much the answering side reads and remembers.</summary>
public sealed class KnowledgeOptions
{
    public const string SectionName = "Knowledge";

    /// <summary>Passages given to the model (and considered for an extractive answer).</summary>
    [Range(1, 20)]
    public int Passages { get; set; } = 5;

    /// <summary>Turns of a chat kept for follow-up questions; older ones are deleted.</summary>
    [Range(1, 100)]
    public int MaxTurns { get; set; } = 6;

    /// <summary>Turns sent to the model as conversation history.</summary>
    [Range(0, 20)]
    public int HistoryTurns { get; set; } = 3;

    /// <summary>A longer question is searched (and sent to the model) on its first this many characters, with a note.</summary>
    [Range(20, 4096)]
    public int MaxQuestionLength { get; set; } = 500;

    /// <summary>
    /// A question at least this similar (0–1: word and character-pair overlap) to a phrasing of a curated answer gets
    /// that answer before the documents are searched; measured with <c>eval-answers</c> (docs/benchmarks.md).
    /// </summary>
    [Range(0.0, 1.0)]
    public double FaqMinSimilarity { get; set; } = 0.6;
}
