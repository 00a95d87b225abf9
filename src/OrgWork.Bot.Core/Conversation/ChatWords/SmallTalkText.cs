using OrgWork.Bot.Core.Rendering;

namespace OrgWork.Bot.Core.Conversation.ChatWords;

/// <summary>
/// Greetings, thanks and other small talk in a private chat get a short friendly reply with the main buttons; they
/// never reach the policy search (and so are never counted as unanswered questions).
/// </summary>
public sealed class SmallTalkText : ITextHandler
{
    /// <summary>Before the policy question (1000), after flows that expect free text.</summary>
    public int Order => 900;

    public Task<ConversationResult?> TryHandleAsync(ConversationContext context, CancellationToken cancellationToken)
    {
        if (!context.Input.IsPrivateChat || SmallTalk.Classify(context.Input.Text) is not { } kind)
        {
            return Task.FromResult<ConversationResult?>(null);
        }

        var text = kind switch
        {
            SmallTalkKind.Greeting => UiText.Format(UiText.SmallTalkGreeting, context.Learner.DisplayName),
            SmallTalkKind.Thanks => UiText.SmallTalkThanks,
            SmallTalkKind.Farewell => UiText.SmallTalkFarewell,
            SmallTalkKind.WhoAreYou => UiText.Format(UiText.SmallTalkWhoAreYou, UiText.ProductName),
            _ => UiText.SmallTalkAcknowledged,
        };
        var reply = new Reply { Text = new RichTextBuilder().Text(text).Build(), Buttons = MainButtons.Rows };
        return Task.FromResult<ConversationResult?>(ConversationResult.Of(reply));
    }
}
