namespace OrgWork.Bot.Core.Conversation.Browsing;

public sealed class CourseButton(CatalogueViews views) : IButtonHandler
{
    public string Action => BrowsingActions.Course;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, ButtonPayload payload, CancellationToken cancellationToken)
    {
        var course = payload.Argument(0) is { } id ? context.Catalogue.FindCourse(id) : null;
        if (course is null)
        {
            return ConversationResult.Notice(UiText.StaleButton);
        }

        return ConversationResult.Of(await views.CoursePageAsync(context, course, cancellationToken) with { ReplacesSource = true });
    }
}
