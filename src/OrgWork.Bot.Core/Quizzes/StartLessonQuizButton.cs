using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Quizzes;

/// <summary>开始测验 under a lesson's last page or in the /quiz list.</summary>
public sealed class StartLessonQuizButton(LessonQuizStarter starter) : IButtonHandler
{
    public string Action => QuizActions.StartLesson;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, ButtonPayload payload, CancellationToken cancellationToken)
    {
        var lesson = payload.Argument(0) is { } id ? context.Catalogue.FindLesson(id) : null;
        return lesson is null
            ? ConversationResult.Notice(UiText.StaleButton)
            : await starter.StartAsync(context, lesson, cancellationToken);
    }
}
