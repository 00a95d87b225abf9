using System.Globalization;
using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Exams;

/// <summary>Button actions of exams. A sitting's buttons name it and the question they belong to; the presser must own it.</summary>
public static class ExamActions
{
    public const string Start = "es";
    public const string Answer = "ea";
    public const string Toggle = "et";
    public const string SubmitChoice = "em";
    public const string AskHandIn = "eh";
    public const string HandIn = "ef";
    public const string Resume = "er";
    public const string Review = "ev";

    public static string ToStart(string examId) => ButtonPayload.Create(Start, examId);

    public static string ToAnswer(long sittingId, int index, string optionId) => ButtonPayload.Create(Answer, Text(sittingId), Text(index), optionId);

    public static string ToToggle(long sittingId, int index, string optionId) => ButtonPayload.Create(Toggle, Text(sittingId), Text(index), optionId);

    public static string ToSubmitChoice(long sittingId, int index) => ButtonPayload.Create(SubmitChoice, Text(sittingId), Text(index));

    public static string ToAskHandIn(long sittingId) => ButtonPayload.Create(AskHandIn, Text(sittingId));

    public static string ToHandIn(long sittingId) => ButtonPayload.Create(HandIn, Text(sittingId));

    public static string ToResume(long sittingId) => ButtonPayload.Create(Resume, Text(sittingId));

    public static string ToReview(long sittingId) => ButtonPayload.Create(Review, Text(sittingId));

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
