using OrgWork.Bot.Core.Conversation.Browsing;

namespace OrgWork.Bot.Core.Conversation.Commands;

/// <summary>
/// <c>/start [CODE]</c>: greets the learner. A deep-link code is handed to the registered
/// <see cref="IStartCodeHandler"/>s (e.g. joining a branch).
/// </summary>
public sealed class StartCommand(IEnumerable<IStartCodeHandler> codeHandlers) : ICommandHandler
{
    public string Name => "start";

    public string Description => UiText.CommandStart;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, string arguments, CancellationToken cancellationToken)
    {
        var replies = new List<Reply>
        {
            new()
            {
                Text = new Rendering.RichTextBuilder()
                    .Text(context.IsNewLearner
                        ? UiText.Format(UiText.Welcome, UiText.ProductName, context.Learner.DisplayName)
                        : UiText.Format(UiText.WelcomeBack, context.Learner.DisplayName))
                    .Build(),
                Buttons = [[new Button(UiText.ButtonCourses, BrowsingActions.ToCatalogue())]],
            },
        };

        var code = arguments.Trim();
        if (code.Length > 0)
        {
            foreach (var handler in codeHandlers)
            {
                if (await handler.TryHandleAsync(context, code, cancellationToken) is { } reply)
                {
                    // Someone who knows the bot came for the code (a check-in scan): its answer alone, without the greeting.
                    return context.IsNewLearner ? ConversationResult.Of([.. replies, reply]) : ConversationResult.Of(reply);
                }
            }
        }

        return ConversationResult.Of([.. replies]);
    }
}
