namespace OrgWork.Bot.Core.Knowledge.Answering;

/// <summary>An answer and the passages it cites; every [n] in <see cref="Text"/> is one of <see cref="Sources"/>.</summary>
public sealed record PolicyAnswer(AnswerKind Kind, string Text, IReadOnlyList<PolicySource> Sources)
{
    /// <summary>The question as searched (a follow-up completed from earlier turns).</summary>
    public string SearchedQuestion { get; init; } = "";

    /// <summary>Notes under the answer, e.g. that a cited document is superseded.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
