namespace OrgWork.Bot.Core.Knowledge.Evaluation;

/// <summary>
/// One question of the answer evaluation: asked after <see cref="History"/> (earlier questions of the same chat, for
/// follow-ups); either answerable, when the answer must hold every one of <see cref="Facts"/>, or a trap the documents
/// do not answer, which must be refused (「文件中未找到相关规定」).
/// </summary>
public sealed record AnswerCase(string Id, string Question, IReadOnlyList<string> Facts, IReadOnlyList<string> History)
{
    public bool IsTrap => Facts.Count == 0;
}
