namespace OrgWork.Bot.Core.Conversation.Browsing;

public sealed class CatalogueButton(CatalogueViews views) : IButtonHandler
{
    public string Action => BrowsingActions.Catalogue;

    public Task<ConversationResult> HandleAsync(ConversationContext context, ButtonPayload payload, CancellationToken cancellationToken) =>
        Task.FromResult(ConversationResult.Of(views.CourseList(context.Catalogue) with { ReplacesSource = true }));
}
