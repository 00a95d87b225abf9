using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Quizzes;

/// <summary>The 错题本 button under quiz summaries.</summary>
public static class QuizReviewButton
{
    public static string Data { get; } = CommandButtons.For("review");
}
