using OrgWork.Bot.Core.Knowledge.Answering;

namespace OrgWork.Bot.Core.Knowledge.Evaluation;

/// <summary>
/// Asks every case through the real answerer (its history first, as the same chat would) and judges the answer: a
/// refusal is 「文件中未找到相关规定」 (<see cref="AnswerKind.NotFound"/>); an answer counts as correct only when it
/// holds every expected fact verbatim.
/// </summary>
public sealed class AnswerEvaluator(PolicyAnswerer answerer)
{
    public async Task<(AnswerOutcome Outcome, PolicyAnswer Answer)> EvaluateAsync(AnswerCase item, CancellationToken cancellationToken)
    {
        var history = new List<ConversationTurn>();
        foreach (var earlier in item.History)
        {
            var previous = await answerer.AnswerAsync(earlier, history, memberId: null, cancellationToken);
            history.Add(new ConversationTurn(earlier, previous.SearchedQuestion, previous.Text));
        }

        var answer = await answerer.AnswerAsync(item.Question, history, memberId: null, cancellationToken);
        return (Judge(item, answer), answer);
    }

    public static AnswerOutcome Judge(AnswerCase item, PolicyAnswer answer)
    {
        var refused = answer.Kind == AnswerKind.NotFound;
        if (item.IsTrap)
        {
            return refused ? AnswerOutcome.RefusedCorrectly : AnswerOutcome.WronglyAnswered;
        }

        if (refused)
        {
            return AnswerOutcome.Missed;
        }

        return item.Facts.All(f => answer.Text.Contains(f, StringComparison.Ordinal)) ? AnswerOutcome.AnsweredCorrectly : AnswerOutcome.WronglyAnswered;
    }
}
