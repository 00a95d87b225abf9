using System.Globalization;
using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Quizzes;

/// <summary>Button actions of quizzes. Every one names its attempt; the engine checks it is the presser's.</summary>
public static class QuizActions
{
    public const string Answer = "qa";
    public const string Toggle = "qt";
    public const string Submit = "qs";
    public const string StartLesson = "qz";
    public const string Resume = "qr";

    public static string ToAnswer(long attemptId, int index, string optionId) => ButtonPayload.Create(Answer, Text(attemptId), Text(index), optionId);

    public static string ToToggle(long attemptId, int index, string optionId) => ButtonPayload.Create(Toggle, Text(attemptId), Text(index), optionId);

    public static string ToSubmit(long attemptId, int index) => ButtonPayload.Create(Submit, Text(attemptId), Text(index));

    public static string ToStartLesson(string lessonId) => ButtonPayload.Create(StartLesson, lessonId);

    public static string ToResume(long attemptId) => ButtonPayload.Create(Resume, Text(attemptId));

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
