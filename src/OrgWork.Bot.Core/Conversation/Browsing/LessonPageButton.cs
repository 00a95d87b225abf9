namespace OrgWork.Bot.Core.Conversation.Browsing;

public sealed class LessonPageButton(CatalogueViews views) : IButtonHandler
{
    public string Action => BrowsingActions.LessonPage;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, ButtonPayload payload, CancellationToken cancellationToken)
    {
        var lesson = payload.Argument(0) is { } id ? context.Catalogue.FindLesson(id) : null;
        var page = payload.NumberArgument(1);
        if (lesson is null || page is null || page < 1 || page > lesson.Pages.Count)
        {
            return ConversationResult.Notice(UiText.StaleButton);
        }

        return ConversationResult.Of(await views.LessonPageAsync(context, lesson, page.Value, cancellationToken) with { ReplacesSource = true });
    }
}
