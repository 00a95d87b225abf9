using System.Text.RegularExpressions;

namespace OrgWork.Bot.Core.Knowledge.Answering;

/// <summary>
/// Completes an elliptical follow-up (「那村干部呢？」, 「还有呢」) with the question it follows, so retrieval searches
/// for what the person means. A self-contained question is searched as it is.
/// </summary>
public static partial class FollowUpResolver
{
    private const int ShortQuestion = 8;

    public static string Resolve(string question, IReadOnlyList<ConversationTurn> history) =>
        Resolve(question, history, subjectsOf: null);

    /// <summary>
    /// With <paramref name="subjectsOf"/>, a follow-up that names a subject of its own (「那村干部呢？」 after 「乡镇干部报酬有什么规定？」)
    /// replaces the earlier question's subject: 「村干部报酬有什么规定？」, so that it is searched, and answered, for its own subject.
    /// </summary>
    public static string Resolve(string question, IReadOnlyList<ConversationTurn> history, Func<string, IReadOnlyList<string>>? subjectsOf)
    {
        var trimmed = question.Trim();
        if (history.Count == 0 || !IsFollowUp(trimmed))
        {
            return trimmed;
        }

        var earlier = history[^1].SearchedQuestion;
        if (subjectsOf is not null && subjectsOf(trimmed) is [var subject, ..]
            && subjectsOf(earlier).FirstOrDefault(s => earlier.Contains(s, StringComparison.Ordinal)) is { } replaced)
        {
            return earlier.Replace(replaced, subject, StringComparison.Ordinal);
        }

        return earlier + " " + trimmed;
    }

    public static bool IsFollowUp(string question) =>
        FollowUpOpening().IsMatch(question) || (question.Length <= ShortQuestion && FollowUpEnding().IsMatch(question));

    [GeneratedRegex(@"^(那|那么|那如果|还有|另外|如果是|要是|其他|其它|同样)")]
    private static partial Regex FollowUpOpening();

    [GeneratedRegex(@"(呢|吗|么)[？?。！!]*$")]
    private static partial Regex FollowUpEnding();
}
