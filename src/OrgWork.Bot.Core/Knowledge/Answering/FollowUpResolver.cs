using System.Text.RegularExpressions;

namespace OrgWork.Bot.Core.Knowledge.Answering;

/// <summary>
/// Completes an elliptical follow-up (「那村干部呢？」, 「还有呢」) with the question it follows, so retrieval searches
/// for what the person means. A self-contained question is searched as it is.
/// </summary>
public static partial class FollowUpResolver
{
    private const int ShortQuestion = 8;

    public static string Resolve(string question, IReadOnlyList<ConversationTurn> history)
    {
        var trimmed = question.Trim();
        if (history.Count == 0 || !IsFollowUp(trimmed))
        {
            return trimmed;
        }

        return history[^1].SearchedQuestion + " " + trimmed;
    }

    public static bool IsFollowUp(string question) =>
        FollowUpOpening().IsMatch(question) || (question.Length <= ShortQuestion && FollowUpEnding().IsMatch(question));

    [GeneratedRegex(@"^(那|那么|那如果|还有|另外|如果是|要是|其他|其它|同样)")]
    private static partial Regex FollowUpOpening();

    [GeneratedRegex(@"(呢|吗|么)[？?。！!]*$")]
    private static partial Regex FollowUpEnding();
}
